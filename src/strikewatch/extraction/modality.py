"""Did the event happen? (DESIGN.md coding rule 1: announced, called-for, threatened, planned,
hypothetical and denied events are not coded.) Decided on the parse around the trigger."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from strikewatch.clauses import clause_head, governors, has_arguments, own_coordinate
from strikewatch.extraction.lexicon import Lexicon, fold
from strikewatch.extraction.matching import PhraseTable
from strikewatch.extraction.triggers import Trigger, acts
from strikewatch.model import TYPES
from strikewatch.spans import span_text

MAX_HOPS = 3  # how far up the parse a governing cue still speaks of the trigger


def _is_negated(token: Token, lexicon: Lexicon, own: range = range(0)) -> bool:
    """"n'ont pas fait grève", "no strike", "sans manifester": negation on the trigger, or on the verb it is the object of,
    or the determiner of the noun it qualifies ("ninguna jornada de huelga", "aucun jour de grève").
    A negated predicate does not deny its subject ("les destitutions ne répondent en rien"), unless it says
    that the subject happened (`occurrence`: "la marche n'a pas pu avoir lieu"). The words of
    a measure's trigger (`own`) are its meaning, not a cue: "no protests will be allowed" is a ban."""
    subject = token.dep_.startswith("nsubj")
    # "la marche n'a pas pu avoir lieu", "the rally did not take place": the predicate's negation is the subject's
    alone = subject and not _tells_occurrence(token.head, lexicon) or own_coordinate(token)
    nodes = [token] if alone else [token, token.head]
    qualified = token.dep_ == "nmod" and token.head.pos_ == "NOUN"
    for node in nodes:
        for child in node.children:
            if child.i in own:
                continue
            if child.dep_ in ("neg", "advmod") and fold(child.text) in lexicon.negations:
                return True
            # "sans enregistrer d'affrontements": a verb marked "without"
            if child.dep_ == "mark" and fold(child.text) in lexicon.negations:
                return True
            if child.dep_ == "det" and fold(child.text) in lexicon.negations and (node.i == token.i or qualified):
                return True
    return False


def _tells_occurrence(verb: Token, lexicon: Lexicon) -> bool:
    """The verb, or what completes it, says that something happened ("a eu lieu", "n'a pas pu avoir lieu",
    "did not take place", "no pudo realizarse")."""
    near = [verb, *(c for c in verb.children if c.dep_ in ("obj", "dobj", "xcomp", "prt", "compound", "compound:prt", "advmod"))]
    near += [c for n in near[1:] if n.dep_ == "xcomp" for c in n.children if c.dep_ in ("obj", "dobj", "prt")]
    return any(fold(t.lemma_) in lexicon.occurrence or fold(t.text) in lexicon.occurrence for t in near)


def _denied_occurrence(token: Token, lexicon: Lexicon) -> bool:
    """"La marcha no se realizó", "the strike did not take place": told as held, and denied."""
    return token.dep_.startswith("nsubj") and _tells_occurrence(token.head, lexicon) and _is_negated(token, lexicon)


def _is_future_or_hypothetical(token: Token, lexicon: Lexicon, own: range = range(0)) -> bool:
    """A future or conditional verb on the trigger or its head, by its morphology or, where the tagger
    misses it, its spelling (`future_forms`: "los trabajadores pararían"); or a future (`clause_morph`) on
    the head of its clause, its auxiliaries or its copula ("la jornada incluirá cese de actividades y
    movilizaciones", "los servicios mínimos para la huelga serán del 50 %"), where a conditional is often
    hearsay ("le syndicat aurait mené trois jours de grève" reports them); and on the verb over the nouns
    it completes ("supondría la organización de una marcha")."""
    checks = [(token, lexicon.future_morph, True), (token.head if token.pos_ != "VERB" else token,
                                                    lexicon.future_morph, True),
              (_verb_over_nouns(token), lexicon.future_morph, True),
              (clause_head(token), lexicon.clause_morph, False)]
    for node, cues, by_spelling in checks:
        verbs = [v for v in [node] + [c for c in node.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
                 if v.i not in own and not _hearsay(v, node, lexicon)]
        if any(cue in str(verb.morph) for verb in verbs for cue in cues):
            return True
        if by_spelling and lexicon.future_forms is not None and any(
                verb.pos_ in ("VERB", "AUX") and lexicon.future_forms.search(verb.text.lower()) for verb in verbs):
            return True
    return False


def _hearsay(aux: Token, verb: Token, lexicon: Lexicon) -> bool:
    """"Une quarantaine de grévistes auraient été interpellés", "habrían sido detenidos": a conditional
    perfect is how the press reports a past fact it has not checked, not a plan or a supposition."""
    return aux.i != verb.i and "VerbForm=Part" in verb.morph and fold(aux.lemma_) in lexicon.hearsay_aux \
        and "Mood=Cnd" in aux.morph


NOUN_LINKS = ("nmod", "pobj", "prep", "obj", "dobj", "obl")  # from a noun to the noun or verb it completes
# ("obl": "los ómnibus partirán … hacia la concentración": a noun a verb governs by a preposition)


def _verb_over_nouns(token: Token) -> Token:
    """The verb a noun trigger hangs under through other nouns ("supondría la organización de una
    marcha"): its tense is the event's."""
    node = token
    for _ in range(MAX_HOPS):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i or node.dep_ not in NOUN_LINKS:
            break
        node = node.head
    return node


def _preceded_by(start: int, sent: Span, cues: PhraseTable) -> bool:
    """A cue among the words before the word at `start` (as many as its longest cue and one more, at
    least four), ending just before it or one word (an article: "appel à une grève") before."""
    reach = max(CUE_WINDOW, cues.longest + 1)
    window = sent.doc[max(sent.start, start - reach):start]
    return any(match.end >= start - 1 for match in cues.find_all(window))


def _first_conjunct(token: Token) -> Token:
    """The first of coordinated nouns ("injuries" in "no injuries or arrests"), which carries the
    determiner and the cues of those that have none of their own ("sans accord et la grève reconduite"
    is no strike denied)."""
    while token.dep_ == "conj" and token.pos_ in ("NOUN", "PROPN") and token.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ == "det" for c in token.children):
        token = token.head
    return token


def _mistagged_cue_before(trigger: Trigger, sent: Span, lexicon: Lexicon) -> bool:
    """"l'intersyndicale annonce une autre semaine de grève": when the tagger takes the cue verb for
    an adjective, a name or a noun, the parse cannot show what it governs; a cue just before the
    trigger, tagged as no verb, still counts."""
    cues = lexicon.governors | (frozenset() if TYPES[trigger.type].made_by_announcing else lexicon.announce)
    window = sent.doc[max(sent.start, trigger.start - 8):trigger.start]
    if any(token.is_punct and token.text in ".;:!?" for token in window):
        return False
    return any((token.pos_ in ("ADJ", "PROPN", "X") or _verb_tagged_noun(token)) and token.ent_type_ != "DATE"
               and {fold(token.text), fold(token.lemma_)} & cues for token in window)  # "on 3 May": no "may"


def _verb_tagged_noun(token: Token) -> bool:
    """"Le syndicat annonce une grève" tagged as a noun: a noun that modifies like an adjective or
    governs a subject or an object is a verb the tagger missed."""
    return token.pos_ == "NOUN" and (token.dep_ == "amod" or has_arguments(token))


def _named_as_a_course(token: Token, lexicon: Lexicon) -> bool:
    """"La respuesta es la huelga", "the only answer is a strike": a predicate whose subject is such a
    noun names what should be done, not what was done."""
    return any(c.dep_ == "cop" for c in token.children) and any(
        c.dep_.startswith("nsubj") and fold(c.lemma_) in lexicon.courses for c in token.children)


def _announced(head: Token, sent: Span, lexicon: Lexicon) -> bool:
    """"Una huelga anunciada" (a participle of `announced_by`), "una movilización convocada para las
    11H00" (the language's `planned` patterns)."""
    return any(c.dep_ in ("amod", "acl") and fold(c.text) in lexicon.announced_by for c in head.children) or \
        _staged(head, sent, lexicon, "planned")


def _is_question(sent: Span) -> bool:
    """"¿Cuándo empieza el paro?", "Will the strike go ahead?": a question asks, it asserts nothing."""
    return span_text(sent).rstrip(" \n\"'»”’)").endswith("?")


VIDEO_LENGTH = re.compile(r"[^\W\d][\s»”\"']+\d{1,2}:\d{2}$")  # "…après des semaines de manifestations 02:14"


def _is_video_link(sent: Span) -> bool:
    """"Pérou : la présidente destituée après des semaines de manifestations 02:14": a link to another
    story's video, its running time at the end with no full stop, tells nothing of this story (a clock time
    follows a preposition: "a commencé à 10:30")."""
    words = [t for t in sent if not t.is_space]
    return len(words) > 2 and VIDEO_LENGTH.search(span_text(sent).strip()) is not None \
        and words[-2].pos_ != "ADP" and not words[-2].like_num


def _staged(head: Token, sent: Span, lexicon: Lexicon, group: str) -> bool:
    """Whether the language's modality patterns of a group ("planned", "called_off", "begun") have the
    trigger as their node "trigger"."""
    return any(m["trigger"].i == head.i for m in lexicon.stages.find(sent).get(group, []))


PHRASE_DEPS = frozenset({"nmod", "pobj", "compound"})  # a noun phrase's inner links
CUE_WINDOW = 4  # words before a trigger where a cue may stand, at least


def happened(trigger: Trigger, sent: Span, lexicon: Lexicon) -> bool:
    """False when the trigger is announced, called for, threatened, planned, hypothetical or denied."""
    if _is_question(sent) or _is_video_link(sent):
        return False
    head = trigger.head(sent)
    # "desconvocaron la huelga iniciada el miércoles": told as begun or held, it took place whatever calls it
    # off; "la huelga ha sido suspendida": called off, even as a subject
    if _staged(head, sent, lexicon, "begun") and not _denied_occurrence(head, lexicon):
        return True
    if _staged(head, sent, lexicon, "called_off") or _staged(head, sent, lexicon, "to_come"):
        return False
    # a measure is made by announcing it: the words of its trigger ("no protests will be allowed") are the
    # measure, not cues; a crowd's "nadie saldrá a las calles" stays in the future
    own = range(trigger.start, trigger.end) if TYPES[trigger.type].made_by_announcing else range(0)
    if _is_negated(head, lexicon, own) or _is_future_or_hypothetical(head, lexicon, own):
        return False
    if _preceded_by(trigger.start, sent, lexicon.preceding) or _mistagged_cue_before(trigger, sent, lexicon):
        return False
    lead = _first_conjunct(head)  # "no injuries or arrests were reported", "ni blessés ni interpellations"
    if lead.i != head.i and (_is_negated(lead, lexicon) or _preceded_by(lead.i, sent, lexicon.preceding)):
        return False
    if not head.dep_.startswith("nsubj") and _announced(head, sent, lexicon):
        return False  # as a subject it acts ("la huelga convocada paralizó el puerto")
    below, of_the_trigger = head, True  # the token through which the walk reached `governor`; whether it
    # stands for the trigger (the trigger, or a noun phrase the trigger completes: "volleys *of tear gas*")
    for governor in [head, *governors(head, MAX_HOPS)]:
        if _named_as_a_course(governor, lexicon):
            return False
        lemma = fold(governor.lemma_)
        # what acts is not what the verb speaks of: "tear gas prevented the march" (the gas was fired), "la
        # grève a empêché les livraisons", "the protest called for his resignation"
        spoken_of = governor.i != head.i and not (of_the_trigger and acts(below, governor, lexicon))
        if spoken_of and lemma in lexicon.governors:
            return False
        if spoken_of and lemma in lexicon.announce and not TYPES[trigger.type].made_by_announcing:
            return False
        of_the_trigger = of_the_trigger and (governor.i == head.i or below.dep_ in PHRASE_DEPS)
        below = governor
        # English modals and "will" hang as auxiliaries of the trigger's verb
        if any(c.dep_ in ("aux", "aux:tense") and fold(c.lemma_) in lexicon.governors and c.i not in own
               for c in governor.children):
            return False
    return True


def is_background(trigger: Trigger, sent: Span, lexicon: Lexicon) -> bool:
    """A loose trigger, an adjective ("striking truckers") or a trigger in a clause of time ("after the
    clashes", "since the unrest began"): evidence only when the sentence says nothing stronger."""
    head = trigger.head(sent)
    if trigger.weak and head.dep_ != "ROOT" and head.head.dep_ != "ROOT":
        return True
    if head.dep_ in ("amod", "pcomp") and not _participle_with_arguments(head):
        return True  # a modifier; a root tagged ADJ ("ont fait grève") is still the event
    return in_a_time_clause(trigger, sent, lexicon)


def _participle_with_arguments(head: Token) -> bool:
    """"Mil personas arrestadas por la Policía": a participle with its own agent or object, which some models
    tag as an adjective, tells the event, as "people arrested by police" does."""
    return head.dep_ == "amod" and "Part" in head.morph.get("VerbForm", []) and has_arguments(head)


def in_a_time_clause(trigger: Trigger, sent: Span, lexicon: Lexicon) -> bool:
    """"After the protests", "depuis la grève": the event is told as one that took place."""
    return _preceded_by(trigger.start, sent, lexicon.background)
