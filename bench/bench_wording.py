"""How long the wording checks take on a 20-page draft (~10,000 words), per language.

The editor re-checks while the user types, so a long draft must stay well under the
50 ms budget. Prints ``name: value`` lines; ``check_20_pages_ms`` is the slower
language's median of 20 runs.

    .venv/bin/python bench/bench_wording.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from feasibility_app.domain.wording import check_text, clear_cache, load_rules

TARGET_WORDS = 10_000
RUNS = 20

SENTENCES = {
    "en": [
        "The Attorney General's Office will create a real-time registry of all persons detained nationwide.",
        "The Ministry will publish its existing federal highway dataset as open data every quarter.",
        "In coordination with state and municipal authorities, the police will report each arrest.",
        "The commitment seeks to strengthen transparency and promote citizen participation in public works.",
        "A working group with civil society will review the methodology and the quality of the data.",
        "The status of each infrastructure project will be shown on a geo-referenced map,\nupdated monthly.",
        "Journalists and human rights defenders will be consulted on the design of the new platform.",
        "The judiciary and the legislature will be invited to join where possible, at no additional cost.",
        "Milestone reports will be published on the national open data portal by June 2015.",
        "Several agencies, including the army and the navy, hold records on missing persons.",
    ],
    "es": [
        "La Procuraduría creará un registro en tiempo real de todas las personas detenidas en el país.",
        "La Secretaría publicará cada trimestre su conjunto de datos federal de carreteras ya existente.",
        "En coordinación con estados y municipios, las policías informarán de cada detención.",
        "El compromiso busca fortalecer la transparencia y promover la participación ciudadana.",
        "Un grupo de trabajo con la sociedad civil revisará la metodología y la calidad de los datos.",
        "El avance de cada obra pública se mostrará en un mapa georreferenciado,\nactualizado cada mes.",
        "Se consultará a periodistas y defensores de derechos humanos sobre la nueva plataforma.",
        "Se invitará al Poder Judicial y al Congreso en la medida de lo posible, sin costo adicional.",
        "Los informes de avance se publicarán en el portal nacional de datos abiertos en junio de 2015.",
        "Varias dependencias, entre ellas el Ejército y la Marina, tienen registros de desaparecidos.",
    ],
}


def build_text(sentences: list[str], words: int = TARGET_WORDS) -> str:
    """Repeat realistic sentences, in paragraphs of five, until the text has ``words`` words."""
    out: list[str] = []
    count = 0
    i = 0
    while count < words:
        sentence = sentences[i % len(sentences)]
        out.append(sentence + ("\n\n" if i % 5 == 4 else " "))
        count += len(sentence.split())
        i += 1
    return "".join(out)


def median_ms(text: str, language: str, runs: int = RUNS) -> tuple[float, int]:
    check_text(text, language)  # warm-up: rules loaded and compiled once
    timings = []
    findings = 0
    for _ in range(runs):
        start = time.perf_counter()
        findings = len(check_text(text, language))
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), findings


def main() -> None:
    clear_cache()
    start = time.perf_counter()
    for language in SENTENCES:
        load_rules(language)
    print(f"load_rules_ms: {(time.perf_counter() - start) * 1000:.1f}")
    worst = 0.0
    for language, sentences in SENTENCES.items():
        text = build_text(sentences)
        ms, findings = median_ms(text, language)
        worst = max(worst, ms)
        print(f"words_{language}: {len(text.split())}")
        print(f"chars_{language}: {len(text)}")
        print(f"findings_{language}: {findings}")
        print(f"check_20_pages_{language}_ms: {ms:.1f}")
    print(f"check_20_pages_ms: {worst:.1f}")


if __name__ == "__main__":
    main()
