"""Spanish place mentions read in context; format as in test_places.py."""
from __future__ import annotations

import pytest

from helpers import assert_place


pytestmark = pytest.mark.slow

CASES = [
    # names that begin with an article (lang/es/places.toml: capital_articles)
    ("Los mineros marcharon en La Paz.", "La Paz", "BO", "BO-L"),
    ("Protestas en El Salvador contra la ley.", "El Salvador", "SV", None),
    ("Disturbios en Los Ángeles durante la noche.", "Los Ángeles", "US", "US-CA"),  # a near tie only goes to likely
    # names joined by "del", "de la" (connectors)
    ("Los portuarios de Mar del Plata pararon.", "Mar del Plata", "AR", "AR-B"),
    ("Bloqueos en el Valle del Cauca.", "Valle del Cauca", "CO", "CO-VAC"),
    ("Marcha de docentes en Santa Cruz de la Sierra.", "Santa Cruz de la Sierra", "BO", "BO-S"),
    # a near tie between a Spanish-speaking country and another goes to the first (likely_countries)
    ("Huelga del metal en Cádiz.", "Cádiz", "ES", "ES-AN"),
    ("La huelga paralizó Matamoros.", "Matamoros", "MX", "MX-TAM"),  # the large one (alias)
    # Spanish country names and a town qualified by its country
    ("Miles de personas protestaron en Perú y en México.", "Perú", "PE", None),
    ("Miles de personas protestaron en Perú y en México.", "México", "MX", None),
    ("Los docentes de Córdoba, Argentina, pararon.", "Córdoba", "AR", "AR-X"),
    # mines named by themselves (places/data/sites.toml)
    ("Los contratistas de El Teniente bloquearon los accesos.", "El Teniente", "CL", "CL-LI"),
    ("La huelga en Chuquicamata cumplió una semana.", "Chuquicamata", "CL", "CL-AN"),
    # words that are no place here
    ("La Policía Nacional detuvo a 10 personas.", "Nacional", None, None),
    ("El dirigente Juan Pérez Santiago fue detenido en Oaxaca.", "Santiago", None, None),
    ("El tránsito quedó cortado en Rosario.", "El tránsito", None, None),
    ("La protesta se extendió por América Latina.", "América Latina", None, None),
]


@pytest.mark.parametrize(("text", "name", "country", "admin1"), CASES, ids=[c[1] for c in CASES])
def test_place(text: str, name: str, country: str | None, admin1: str | None) -> None:
    assert_place("es", text, name, country, admin1)


def test_a_dateline_is_not_where_events_happen() -> None:
    from strikewatch import extract

    events = extract("Lima, 5 dic (EFE).- Miles de personas marcharon ayer en Arequipa contra el gobierno.",
                     published="2022-12-05", language="es")
    assert [(e.type, e.admin1) for e in events] == [("protest", "PE-ARE")]
