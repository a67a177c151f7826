"""What clients reliably get: counted themes of promoters, and a sentence that only
quotes a client who allowed quoting."""

from __future__ import annotations

from empfehlung_desktop.services.feedback.themes import MIN_FEEDBACKS, find_themes


def test_themes_are_the_words_most_promoters_share() -> None:
    answers = [
        ("Endlich Klarheit über mein Angebot. Ich nenne meine Preise ohne Zögern.", False),
        ("Klarheit! Und Kunden verstehen mein Angebot sofort.", True),
        ("Mehr Klarheit im Kopf, bessere Preise.", False),
        ("Die Texte klingen nach mir.", True),
    ]
    benefit = find_themes(answers)
    assert benefit is not None and benefit.promoters == 4
    words = [(theme.word, theme.feedbacks) for theme in benefit.themes]
    assert words[0] == ("Klarheit", 3)
    assert ("Angebot", 2) in words and ("Preise", 2) in words
    assert all(count >= 2 for _, count in words)  # a word of one client is no theme
    # The sentence quotes the one client who allowed it, not the others.
    assert "„Klarheit!“" in benefit.sentence or "Kunden verstehen mein Angebot" in benefit.sentence
    assert "Zögern" not in benefit.sentence and "Kopf" not in benefit.sentence


def test_without_a_quotable_answer_the_sentence_names_the_themes() -> None:
    answers = [("Mehr Klarheit und bessere Preise.", False)] * 3
    benefit = find_themes(answers)
    assert benefit is not None
    assert benefit.sentence.startswith("Kundinnen und Kunden nennen")
    assert "„Klarheit“" in benefit.sentence and "„Preise“" in benefit.sentence


def test_too_few_promoters_or_no_shared_word_give_nothing() -> None:
    assert find_themes([("Klarheit", True)] * (MIN_FEEDBACKS - 1)) is None
    assert find_themes([("Klarheit", True), ("Tempo", True), ("Humor", True)]) is None
