"""Each cleaning rule, on lines in several outlets' styles, and the lines it must leave alone."""

import datetime as dt

import pytest

from dateline.clean import clean_article
from dateline.clean.boilerplate import paragraph_kind
from dateline.clean.byline import parse_byline
from dateline.clean.dateline import find_dateline, resolve_dateline_date
from dateline.clean.title import looks_like_headline, normal_title


@pytest.mark.parametrize("line, kind", [
    ("Also read: North Korea fires another missile", "related-link"),
    ("• Read more: Seoul and Tokyo agree to share data", "related-link"),
    ("RELATED: What we know about the Hwasong-18", "related-link"),
    ("Photo: Jung Yeon-je / AFP", "photo-credit"),
    ("Photographer: SeongJoon Cho/Bloomberg", "photo-credit"),
    ("Image: AP", "photo-credit"),
    ("(AP Photo/Ahn Young-joon)", "photo-credit"),
    ("(KCNA via REUTERS)", "photo-credit"),
    ("(Reporting by Hyonhee Shin; Editing by Gerry Doyle)", "reporting-credit"),
    ("Reporting by Josh Smith; Additional reporting by Kantaro Komiya in Tokyo", "reporting-credit"),
    ("– With the help of Shinhye Kang and Isabel Reynolds", "reporting-credit"),
    ("— With assistance from Jon Herskovitz and Sangmi Cha", "reporting-credit"),
    ("Associated Press writer Mari Yamaguchi in Tokyo contributed to this report.", "reporting-credit"),
    ("Contributing: Tom Vanden Brook", "reporting-credit"),
    ("— With assistance from Stéphanie Morel at the United Nations", "reporting-credit"),
    ("This roundup was compiled with the help of wire reports.", "reporting-credit"),
    ("(Photo: Commuters watch the news at Sapporo Station / North Pacific Times)", "photo-credit"),
    ("Kim Jong Un watches the launch in this photo. (Korea Herald Photo)", "photo-caption"),
    ("©2023 Thomson Reuters, all rights reserved.", "copyright"),
    ("Copyright 2023 The Associated Press. All rights reserved.", "copyright"),
    ("© Agence France-Presse", "copyright"),
    ("Source link", "source-link"),
    ("Source link -87", "source-link"),
    ("This article originally appeared on Example News.", "source-link"),
    ("Editor's note: This story has been updated with comment from Tokyo.", "editor-note"),
    ("(Updates with Japan's reaction in paragraph 5)", "editor-note"),
    ("Advertisement", "promo"),
    ("Share this article", "promo"),
    ("(END)", "end-mark"),
    ("==Kyodo", "end-mark"),
    ("==Nippon Wire", "end-mark"),
    ("burs-ceb/tym", "signoff"),
    ("kjk/dhw", "signoff"),
    ("yoonjae@yna.co.kr", "email"),
    (". .", "punctuation"),
])
def test_boilerplate_line_is_recognised(line, kind):
    assert paragraph_kind(line) == kind


@pytest.mark.parametrize("line", [
    "North Korea fired a ballistic missile into the sea on Sunday, South Korea's military said.",
    "With the help of China, North Korea has evaded sanctions for years.",
    "Research by Harvard University showed the missile could reach Guam.",
    "Reporting from Seoul, the agency said the launch came at dawn.",
    "Images released by KCNA showed Kim Jong Un watching the launch.",
    "Sources said the test was the third this month.",
    "“We are resolutely united in a common defense,” Blinken said.",
    "The copyright dispute between the two broadcasters is unrelated.",
    "Share prices in Seoul fell after the launch was reported, traders said.",
    # Found by review: each of these once matched a rule.
    "Contributing to the tension, North Korea fired two more ballistic missiles on Sunday, Seoul said.",
    "The ministry said all rights reserved under the 1953 armistice remain in force.",
    "The images were distributed via AFP and could not be independently verified.",
    'Written by Kim Yo Jong, the statement called the drills "a rehearsal for an invasion."',
    "Related-party loans at the state bank rose 40% last year.",
    "Watch-listed firms in China were added to the list on Friday.",
    "This report is based on interviews with more than 300 defectors, the UN commission said.",
    "Sign up for the new reserve programme opens on Monday, the ministry said.",
])
def test_story_sentence_is_not_boilerplate(line):
    assert paragraph_kind(line) is None


@pytest.mark.parametrize("lead, place, agency, month_day, year", [
    ("SEOUL, Nov 9 (Reuters) – U.S. Secretary", "Seoul", "Reuters", (11, 9), None),
    ("SEOUL, Nov. 9 (Yonhap) -- North Korea", "Seoul", "Yonhap", (11, 9), None),
    ("Pyongyang, November 9 (KCNA) -- The", "Pyongyang", "KCNA", (11, 9), None),
    ("TOKYO, Nov. 9 (Kyodo) -- Japan", "Tokyo", "Kyodo", (11, 9), None),
    ("TOKYO (Kyodo) -- Japan", "Tokyo", "Kyodo", None, None),
    ("SEOUL, South Korea (AP) — North Korea", "Seoul", "AP", None, None),
    ("Seoul (AFP) - North Korea", "Seoul", "AFP", None, None),
    ("SEOUL, Nov 9, 2023 (AFP) - North Korea", "Seoul", "AFP", (11, 9), 2023),
    ("UNITED NATIONS, Dec 2 (Reuters) - The", "United Nations", "Reuters", (12, 2), None),
    ("WASHINGTON — The United States", "Washington", None, None, None),
    ("NEW DELHI, 9 November (PTI) - India", "New Delhi", "PTI", (11, 9), None),
    # The colon form of South Asian and Gulf papers: a place in capitals, no date.
    ("NEW DELHI: India on Wednesday suspended the Indus Waters Treaty", "New Delhi", None, None, None),
    ("ISLAMABAD: Pakistan rejected the measures on Thursday", "Islamabad", None, None, None),
    ("RIYADH: Saudi Arabia called for restraint", "Riyadh", None, None, None),
    ("DHAKA: Protesters stormed the prime minister's residence", "Dhaka", None, None, None),
    ("KYIV/MOSCOW: Russia and Ukraine swapped prisoners", "Kyiv/Moscow", None, None, None),
    ("NEW DELHI:", "New Delhi", None, None, None),  # alone in its paragraph
    # 1980s wire copy: months in any case, a company or a lower-case lead after the dash.
    ("NEW YORK, March 18 - <Mony Financial Services> said it", "New York", None, (3, 18), None),
    ("Caracas, feb 26 - venezuela is seeking to revise", "Caracas", None, (2, 26), None),
    ("SAO PAULO, APRIL 7 - Brazil's coffee crop", "Sao Paulo", None, (4, 7), None),
    ("NEW YORK, APril 8 - The dollar", "New York", None, (4, 8), None),
    ("BEIRUT - Gunmen kidnapped a French teacher", "Beirut", None, None, None),
])
def test_dateline_forms(lead, place, agency, month_day, year):
    dl = find_dateline(lead)
    assert (dl.place, dl.agency) == (place, agency)
    assert ((dl.month, dl.day) if dl.month else None) == month_day
    assert dl.year == year


@pytest.mark.parametrize("lead", [
    "North Korea (DPRK) - fired a missile",  # what follows the dash is not a sentence start
    "BREAKING — North Korea fired a missile",
    "FILE - North Korean leader Kim Jong Un attends a meeting",
    "ANALYSIS - Why the launch matters",
    "Friday, Nov. 18 — North Korea fired a missile",
    "US Secretary of State Antony Blinken on Friday assured allies.",
    "Blinken - the top US diplomat - arrived.",
    # Labels and transcript speakers that take a colon, and a place not in capitals.
    "BREAKING: North Korea fired a missile",
    "UPDATE: The ministry said the talks would resume",
    "WARNING: This story contains graphic images.",
    "EDITOR'S NOTE: This story was updated with new figures.",
    "EXCLUSIVE: Iran sent drones to Russia, sources say",
    "SECRETARY BLINKEN: Good afternoon, everyone.",
    "MODERATOR: Next question, please.",
    "New Delhi: India said the talks were useful.",
    "Officials: Russia attacked the grid overnight",
    # A hyphen inside a compound, and a table row.
    "DPRK-U.S. agreed framework and warned that the DPRK would act",
    "PARANA STATE:      1,240     1,105",
])
def test_not_a_dateline(lead):
    assert find_dateline(lead) is None


def _resolved(lead, published=None, copyright_years=(), text=""):
    dl = find_dateline(lead)
    resolve_dateline_date(dl, published, list(copyright_years), text, lead)
    return dl


def test_dateline_year_from_publication_date():
    dl = _resolved("SEOUL, Nov 9 (Reuters) - Blinken said on Thursday", dt.date(2023, 11, 17))
    assert (dl.date, dl.date_source) == (dt.date(2023, 11, 9), "publication-date")


def test_december_dateline_published_in_january_is_last_year():
    dl = _resolved("SEOUL, Dec. 31 (Yonhap) -- North Korea", dt.date(2024, 1, 2))
    assert dl.date == dt.date(2023, 12, 31)


def test_january_dateline_published_next_day_across_time_zones():
    dl = _resolved("WASHINGTON, Jan 3 (Reuters) - The", dt.date(2024, 1, 2))
    assert dl.date == dt.date(2024, 1, 3)


def test_dateline_year_from_copyright_checked_by_weekday():
    dl = _resolved("SEOUL, Nov 9 (Reuters) - Blinken said on Thursday", copyright_years=[2023])
    assert (dl.date, dl.date_confidence) == (dt.date(2023, 11, 9), "high")
    dl = _resolved("SEOUL, Nov 9 (Reuters) - Blinken said on Monday", copyright_years=[2023])
    assert (dl.date, dl.date_confidence) == (dt.date(2023, 11, 9), "medium")


def test_dateline_without_year_evidence_has_no_date():
    dl = _resolved("SEOUL, Nov 9 (Reuters) - Blinken arrived")
    assert dl.date is None and dl.month == 11 and dl.day == 9


def test_dateline_year_from_text_years_is_low_confidence():
    dl = _resolved("SEOUL, Nov 9 (Reuters) - Blinken said on Thursday",
                   text="The talks began in 2018 and stalled in 2022.")
    assert (dl.date, dl.date_confidence) == (dt.date(2023, 11, 9), "low")


def test_old_years_in_the_story_do_not_date_a_dateline():
    # 1945 is history in the story, not a bound on its date: no guess far from it.
    dl = _resolved("SEOUL, Nov 2 (Reuters) - North Korea fired missiles on Wednesday",
                   text="The peninsula was divided in 1945.")
    assert dl.date is None


def test_weekday_without_on_confirms_the_year():
    dl = _resolved("SEOUL, Nov 9 (AP) - Blinken said Thursday", copyright_years=[2023])
    assert dl.date_confidence == "high"


def test_dateline_alone_in_its_paragraph_with_region_in_parentheses():
    text = "Vostochny Cosmodrome (Russia) (AFP) -\n\nRussian President Vladimir Putin hosted Kim Jong Un on Wednesday.\n"
    cleaned = clean_article(text, None)
    assert (cleaned.dateline.place, cleaned.dateline.agency) == ("Vostochny Cosmodrome", "AFP")
    assert cleaned.text.startswith("Russian President")


@pytest.mark.parametrize("text, place, first", [
    ("India suspends Indus Waters Treaty after Pahalgam attack\n\nNEW DELHI: India on Wednesday suspended the "
     "treaty with Pakistan, a day after the attack.\n\nPakistan rejected the measures.\n", "New Delhi", "India on"),
    ("ISLAMABAD: Pakistan closed its airspace to Indian airlines on Thursday, the government said.\n",
     "Islamabad", "Pakistan closed"),
    ("Arab states call for calm\n\nRIYADH:\n\nSaudi Arabia called for restraint after the strikes on Iran.\n",
     "Riyadh", "Saudi Arabia"),
])
def test_colon_dateline_is_removed_from_the_text(text, place, first):
    cleaned = clean_article(text, None)
    assert (cleaned.dateline.place, cleaned.dateline.agency, cleaned.dateline.date) == (place, None, None)
    assert cleaned.text.startswith(first) and ":" not in cleaned.text.split(".")[0]
    assert [r.kind for r in cleaned.removed if r.kind == "dateline"] == ["dateline"]


def test_a_label_with_a_colon_stays_in_the_story():
    cleaned = clean_article("UPDATE: North Korea fired a missile on Friday, the military said.\n", None)
    assert cleaned.dateline is None


def test_year_written_in_dateline_wins():
    dl = _resolved("SEOUL, Nov 9, 2019 (AFP) - North Korea said on Thursday", dt.date(2023, 1, 1))
    assert (dl.date, dl.date_source) == (dt.date(2019, 11, 9), "dateline")


@pytest.mark.parametrize("line, names", [
    ("by Soo-hyang Choi and Ju-min Park", ["Soo-hyang Choi", "Ju-min Park"]),
    ("By HYUNG-JIN KIM Associated Press", ["Hyung-Jin Kim"]),
    ("By Kim Soo-yeon", ["Kim Soo-yeon"]),
    ("By Jane Doe | Reuters", ["Jane Doe"]),
    ("By Mari Yamaguchi, Kim Tong-hyung and Hyung-Jin Kim", ["Mari Yamaguchi", "Kim Tong-hyung", "Hyung-Jin Kim"]),
    ("By AP staff", []),
    ("By the time the missile landed, Japan had issued an alert", None),
    ("by sea and by air", None),
])
def test_byline(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line, is_headline", [
    ("North Korea fires ICBM into sea off Japan", True),
    ("Antony Blinken ‘very concerned’ about military ties between Russia and North Korea", True),
    ("North Korea fired an ICBM on Friday.", False),
    ("“We will respond,” Kim said.", False),
    ("he said", False),
])
def test_headline_shape(line, is_headline):
    assert looks_like_headline(line) is is_headline


def test_wire_tags_are_dropped_from_titles():
    assert normal_title("(LEAD) N. Korea fires ICBM") == "N. Korea fires ICBM"
    assert normal_title("(2nd LD) N. Korea fires ICBM") == "N. Korea fires ICBM"
    assert normal_title("UPDATE 2-North Korea fires ICBM") == "North Korea fires ICBM"


def test_wrapped_lines_starting_like_boilerplate_stay_in_their_paragraph():
    text = ("SEOUL, March 24 (Reuters) - South Korea said all men aged 18 to\n"
            "sign up for reserve training must report by Thursday, citing the\n"
            "threat from the North, and analysts said it was\n"
            "contributing to the rise in tension across the region.\n\n"
            "Also read: What we know about the draft\n"
            "The ministry gave no further details on Friday.\n")
    cleaned = clean_article(text, None)
    assert "18 to sign up for reserve training must report" in cleaned.text
    assert "it was contributing to the rise" in cleaned.text
    assert "Also read" not in cleaned.text and "The ministry gave no further details" in cleaned.text


def test_text_wrapped_wider_than_usual_loses_no_line_to_the_title():
    import textwrap

    story = ("Japanese Prime Minister Fumio Kishida condemned the launch as an act of recklessness. South Korean "
             "officials said the missile flew about 1,000 km before falling into the sea, and the two countries "
             "agreed to share their data with the United States as soon as possible, officials said on Friday.")
    text = textwrap.fill(story, 110) + "\n\n" + textwrap.fill(story, 110) + "\n"
    cleaned = clean_article(text, None)
    assert cleaned.title is None
    assert "recklessness. South Korean officials" in cleaned.text


def test_head_lines_are_looked_at_four_at_most():
    lines = [f"Short Title Line Number {n}" for n in range(6)] + ["North Korea fired a missile on Sunday, Seoul said."]
    cleaned = clean_article("\n".join(lines), None)
    assert sum(r.kind in ("title", "subtitle") for r in cleaned.removed) == 4


def test_one_line_paragraph_above_a_photo_tag_is_kept_unless_it_reads_like_a_caption():
    text = ("North Korea fired a missile on Thursday, the military said.\n"
            "Japan said the missile fell outside its exclusive economic zone.\n"
            "(AP Photo/Lee Jin-man)\n"
            "Officials in Tokyo condemned the launch.\n")
    cleaned = clean_article(text, None)
    assert "Japan said the missile fell outside its exclusive economic zone." in cleaned.text


def test_hard_wrapped_paragraphs_are_joined_and_not_taken_for_headlines():
    text = ("SEOUL, March 24 (Reuters) - North Korea fired what appeared to be\n"
            "an intercontinental ballistic missile on Thursday, South Korea's\n"
            "military said, ending a self-imposed moratorium.\n\n"
            "The missile flew for about 71 minutes and reached an altitude\n"
            "of more than 6,000 km, Japan's defence ministry said.\n")
    cleaned = clean_article(text, None)
    assert cleaned.title is None
    assert "appeared to be an intercontinental ballistic missile on Thursday" in cleaned.text
    assert cleaned.text.count("\n\n") == 1


def test_title_line_then_byline_then_dateline():
    text = ("North Korea fires ICBM\n\nby Jane Doe and John Roe\n\n"
            "SEOUL, Nov 18 (Reuters) - North Korea fired a missile on Friday, the military said.\n")
    cleaned = clean_article(text, None)
    assert cleaned.title == "North Korea fires ICBM"
    assert cleaned.byline == ["Jane Doe", "John Roe"]
    assert cleaned.text == "North Korea fired a missile on Friday, the military said."


def test_inline_reporting_credit_is_cut_and_the_paragraph_kept():
    text = ("The talks ended on Friday, officials said. (Reporting by Jane Doe; Editing by John Roe)\n")
    cleaned = clean_article(text, None)
    assert cleaned.text == "The talks ended on Friday, officials said."
    assert [r.kind for r in cleaned.removed] == ["reporting-credit"]


def test_short_lines_after_a_copyright_footer_are_page_furniture():
    text = ("North Korea fired a missile on Friday, the military said.\n\n"
            "© 2023 Example News. All rights reserved.\n\nTerms of use\n\nPrivacy\n")
    cleaned = clean_article(text, None)
    assert cleaned.text == "North Korea fired a missile on Friday, the military said."


def test_posted_line_gives_publication_date_and_author():
    text = ("North Korea gets a spy satellite into orbit: what we know\n"
            "Posted on November 22, 2023 by Jane Doe\n\n"
            "After two failures earlier this year, North Korea says its third attempt worked.\n")
    cleaned = clean_article(text, None)
    assert (cleaned.published, cleaned.published_source) == (dt.date(2023, 11, 22), "text-posted")
    assert cleaned.byline == ["Jane Doe"] and cleaned.text.startswith("After two failures")


def test_caption_above_a_wire_photo_tag_is_removed():
    text = ("North Korea fired a missile on Thursday, the military said.\n\n"
            "A TV screen in Seoul shows a news broadcast, Thursday, April 13, 2023.\n(AP Photo/Han Seo-yeon)\n\n"
            "Japan said the missile fell outside its waters.\n")
    cleaned = clean_article(text, None)
    assert "TV screen" not in cleaned.text and "Photo" not in cleaned.text
    assert cleaned.text.endswith("Japan said the missile fell outside its waters.")


def test_no_date_is_invented_without_a_prefix_or_metadata():
    cleaned = clean_article("North Korea fired a missile on Friday, the military said in 2023.\n", None)
    assert cleaned.published is None and cleaned.published_source is None


def test_a_list_of_other_stories_with_bare_timestamps_is_dropped_and_story_times_kept():
    text = ("Cocoa farmers marched through Kumasi on Tuesday to reject the new farmgate price, which they said "
            "came too late to stop growers selling beans to smugglers.\n\n"
            "The march ended at 14:30 outside the regional office.\n\n"
            "Cedi weakens for third straight week against dollar 2 hours ago\n\n"
            "Black Stars coach recalls veteran midfielder · 45 mins ago\n\n"
            "09:12 Parliament approves mining bill after all-night sitting\n")
    cleaned = clean_article(text)
    assert cleaned.text.endswith("The march ended at 14:30 outside the regional office.")
    assert [r.kind for r in cleaned.removed] == ["related-link"] * 3


@pytest.mark.parametrize("mark", ["Reuter", "REUTER", "-- AP", "(end)", "ENDS", "==Kyodo"])
def test_wire_end_marks_are_boilerplate(mark):
    cleaned = clean_article(f"The talks ended on Friday without agreement, officials said.\n\n{mark}\n")
    assert cleaned.text == "The talks ended on Friday without agreement, officials said."
    assert [r.kind for r in cleaned.removed] == ["end-mark"]


def test_reuter_stuck_to_the_last_sentence_is_cut_but_reuters_as_a_source_stays():
    cleaned = clean_article("The ministry denied the report. Reuter\n")
    assert cleaned.text == "The ministry denied the report."
    kept = clean_article("The ministry declined to comment to Reuters\n")
    assert kept.text == "The ministry declined to comment to Reuters"


def test_no_dateline_after_the_story_has_begun():
    # Found by the property test: a second paragraph shaped like "PLACE - Text" after a finished sentence.
    text = "Contributing to the tension, the ministers met, officials said.\nA- AA - A A A A.\n"
    cleaned = clean_article(text)
    assert cleaned.dateline is None and cleaned.text.endswith("A- AA - A A A A.")


def test_a_written_day_that_does_not_exist_leaves_the_year_to_other_evidence():
    dl = _resolved("SEOUL, Feb 29, 2023 (Reuters) - North Korea fired", dt.date(2024, 3, 1))
    assert (dl.date, dl.date_source) == (dt.date(2024, 2, 29), "publication-date")
