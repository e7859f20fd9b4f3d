"""A text that does not read as English: the default engine keeps sentences and quotation marks
and leaves out what needs the English parse (actors, speakers, questions), and says so (invented texts)."""

from __future__ import annotations

from pathlib import Path

from briefgen.lang.detect import english_share, reads_as_english
from briefgen.model import Article
from briefgen.summary import summarize_article

try:
    from .conftest import run_cli
except ImportError:
    from conftest import run_cli  # type: ignore[no-redef]

SPANISH = (
    "La alcaldesa de Puerto Elling, Ana Ruiz, anunció el lunes un nuevo plan para el puerto. "
    "Según la alcaldesa, las obras durarán dos años y costarán cuatro millones de euros.\n\n"
    "“Vamos a terminar el muelle antes del invierno”, dijo Ruiz a los periodistas en la plaza.\n\n"
    "Los pescadores del barrio viejo pidieron más tiempo para estudiar el proyecto. ¿Quién pagará "
    "las barcas que no puedan salir durante las obras? Nadie lo sabe todavía, dijeron."
)
ENGLISH = (
    "The mayor of Port Elling, Ana Ruiz, announced a new plan for the harbour on Monday. The works "
    "will last two years and cost four million euros, the mayor said.\n\n"
    "“We will finish the pier before winter,” Ruiz told reporters in the square.\n\n"
    "Fishermen from the old quarter asked for more time to study the project. It is not clear who "
    "will pay for the boats that cannot go out while the works last."
)


def test_function_words_tell_the_language() -> None:
    assert english_share(ENGLISH)[0] > 0.3
    assert english_share(SPANISH)[0] < 0.1
    assert reads_as_english(ENGLISH) and not reads_as_english(SPANISH)
    assert reads_as_english("Gol de Ruiz.")  # too short to tell: taken as English


def test_another_language_keeps_sentences_and_quotes_only() -> None:
    brief = summarize_article(Article(text=SPANISH))
    assert brief.bottom_line and brief.key_points
    assert [q.text for q in brief.quotes] == ["Vamos a terminar el muelle antes del invierno"]
    assert all(q.speaker is None for q in brief.quotes)
    assert brief.actors == [] and brief.open_questions == []
    english = summarize_article(Article(text=ENGLISH))
    assert any(a.name == "Ana Ruiz" for a in english.actors)


def test_cli_says_the_text_is_not_english(tmp_path: Path) -> None:
    source = tmp_path / "puerto.txt"
    source.write_text(SPANISH, encoding="utf-8")
    result = run_cli("build", str(source), "-f", "md", "-o", str(tmp_path))
    assert result.returncode == 0
    lines = result.stderr.decode().strip().splitlines()
    assert lines == [
        f"briefgen: warning: {source}: the text does not read as English; the default engine parses "
        "English only, so the brief has no actors, quote speakers or open questions"
    ]
    english = tmp_path / "port.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    assert run_cli("build", str(english), "-f", "md", "-o", str(tmp_path)).stderr == b""
