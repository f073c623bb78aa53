"""Spanish date expressions: (text, published, anchor, expected), as in test_dates.py.

Spanish joins day, month and year with "de" ("el 3 de enero de 2022"): the grammar reads these links
from `lang/es/dates.toml` (`date_links`); without them "el 3" alone was read as the 3rd of the month
of publication."""
from __future__ import annotations

from datetime import date

import pytest

from strikewatch.dates import duration_days, find_dates
from strikewatch.extraction.lexicon import load_lexicon

D = date.fromisoformat
CASES = [
    ("el 3 de enero de 2022", "2022-03-10", None, ("2022-01-03", "2022-01-03", "day")),
    ("El 3 de enero del 2022 comenzó el paro.", "2022-03-10", None, ("2022-01-03", "2022-01-03", "day")),
    ("el 30 de diciembre", "2022-01-02", None, ("2021-12-30", "2021-12-30", "day")),  # year boundary
    ("el lunes 6 de noviembre", "2023-11-10", None, ("2023-11-06", "2023-11-06", "day")),
    ("el 1º de mayo", "2023-05-03", None, ("2023-05-01", "2023-05-01", "day")),
    ("el pasado martes", "2022-03-10", None, ("2022-03-08", "2022-03-08", "day")),
    ("el martes pasado", "2022-03-15", None, ("2022-03-08", "2022-03-08", "day")),  # same weekday: a week back
    ("el viernes", "2024-02-20", None, ("2024-02-16", "2024-02-16", "day")),
    ("el próximo lunes", "2024-03-20", None, ("2024-03-25", "2024-03-25", "day")),
    ("el lunes que viene", "2024-03-20", None, ("2024-03-25", "2024-03-25", "day")),
    ("desde el 5 de marzo", "2023-03-12", None, ("2023-03-05", "2023-03-12", "range")),
    ("a partir del 5", "2022-01-08", None, ("2022-01-05", "2022-01-08", "range")),
    ("desde el lunes", "2023-03-09", None, ("2023-03-06", "2023-03-09", "range")),
    ("del 3 al 7 de marzo", "2022-03-10", None, ("2022-03-03", "2022-03-07", "range")),
    ("entre el 3 y el 7 de marzo", "2022-03-10", None, ("2022-03-03", "2022-03-07", "range")),
    ("el 8 al 9 de junio", "2011-06-20", None, ("2011-06-08", "2011-06-09", "range")),
    ("la noche del 4 al 5 de enero", "2022-01-08", None, ("2022-01-04", "2022-01-05", "range")),
    ("la noche del martes", "2021-01-20", None, ("2021-01-19", "2021-01-20", "range")),
    ("hasta el 19 de enero", "2022-01-08", None, ("2022-01-19", "2022-01-19", "day")),
    ("ayer", "2022-03-01", None, ("2022-02-28", "2022-02-28", "day")),
    ("anoche", "2022-03-01", None, ("2022-02-28", "2022-02-28", "day")),
    # "mañana" is tomorrow before a weekday or after "para"; alone it is as often the morning
    ("Los médicos pararán mañana jueves.", "2024-06-05", None, ("2024-06-06", "2024-06-06", "day")),
    ("la huelga convocada para mañana", "2024-06-05", None, ("2024-06-06", "2024-06-06", "day")),
    ("al día siguiente", "2023-05-10", D("2023-05-03"), ("2023-05-04", "2023-05-04", "day")),
    ("la semana pasada", "2022-06-28", None, ("2022-06-20", "2022-06-26", "range")),
    ("dos días de la pasada semana", "2022-06-28", None, ("2022-06-20", "2022-06-26", "range")),
    ("a mediados de enero", "2022-02-01", None, ("2022-01-11", "2022-01-20", "range")),
    ("a finales de diciembre", "2022-01-15", None, ("2021-12-21", "2021-12-31", "range")),
    ("en marzo del 2021", "2022-01-08", None, ("2021-03-01", "2021-03-31", "month")),
    ("en diciembre", "2022-01-08", None, ("2021-12-01", "2021-12-31", "month")),
    ("en 2019", "2023-01-01", None, ("2019-01-01", "2019-12-31", "year")),
    ("Los trabajadores exigen mejores salarios.", "2022-01-08", None, None),
    ("el 5 % de los trabajadores", "2022-01-08", None, None),
]


@pytest.mark.parametrize(("text", "published", "anchor", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_phrase(text: str, published: str, anchor: date | None, expected: tuple[str, str, str] | None) -> None:
    found = find_dates(text, "es", D(published), anchor)
    if expected is None:
        assert found == []
        return
    assert found, f"no date found in {text!r}"
    first = found[0]
    assert (first.first.isoformat(), first.last.isoformat() if first.last else None, first.precision) == expected


def test_a_full_date_is_one_expression() -> None:
    """"el 3 de enero de 2022" is one date, not "el 3" and "enero de 2022"."""
    [mention] = find_dates("El 3 de enero de 2022, unos mineros iniciaron una huelga.", "es", D("2022-03-10"))
    assert mention.text == "3 de enero de 2022"


@pytest.mark.parametrize(("text", "days"), [
    ("una huelga de tres días que empezó el lunes", 3),
    ("un paro de 48 horas", 2),
    ("un paro de 36 horas", None),
])
def test_durations(text: str, days: int | None) -> None:
    assert duration_days(text, "es", load_lexicon("es").count_words) == days
