"""Participants extractor: names, kinds, titles, merging, pronouns. Sentences written for
these tests; none comes from an evaluation corpus."""

from __future__ import annotations

import re
import time

import pytest

from factsheet.model import Participant
from factsheet.participants import extract_participants
from factsheet.participants.titles import clean_title
from factsheet.participants.words import scan_words
from factsheet.text import Document


def _run(text: str) -> tuple[Participant, ...]:
    return extract_participants(Document(text))


def _by_name(text: str) -> dict[str, Participant]:
    return {p.name: p for p in _run(text)}


def _mention_texts(p: Participant) -> list[str]:
    return [m.text for m in p.mentions]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Yesterday Maria Fernandez opened the new bridge.", "Maria Fernandez", "person"),
        ("The award went to Donald J. Trump on Monday.", "Donald J. Trump", "person"),
        ("Critics of Ludwig van Beethoven were few.", "Ludwig van Beethoven", "person"),
        ("Officials met Park Min Soo in the capital.", "Park Min Soo", "person"),
        ("The speech by Xi Jinping was short.", "Xi Jinping", "person"),
        ("Mr Tarrant arrived late for the vote.", "Tarrant", "person"),
        ("The report cited P. Okonkwo twice.", "P. Okonkwo", "person"),
        ("Workers at Acme Widgets Corp went on strike.", "Acme Widgets Corp", "organization"),
        ("The Ministry of Trade and Industry approved it.", "Ministry of Trade and Industry",
         "organization"),
        ("A vote in the European Parliament is due.", "European Parliament", "organization"),
        ("Protests by Ukrainian farmers grew.", "Ukrainian farmers", "group"),
        # A company by its industry word; the firm after an office and "of".
        ("Orbis Robotics opened a plant in the north on Monday.", "Orbis Robotics", "organization"),
        ("Shares in Kelso Therapeutics rose sharply.", "Kelso Therapeutics", "organization"),
        ("Jane Lusk, CEO of Brindle Corp, resigned.", "Brindle Corp", "organization"),
    ],
)
def test_finds_participant_with_kind(text: str, name: str, kind: str) -> None:
    found = _by_name(text)
    assert name in found, sorted(found)
    assert found[name].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "The delegation flew from Tokyo to Buenos Aires on Friday.",
        "North Korean media praised the launch in Pyongyang.",
        "She read The Old Man and the Sea in January.",
        "However, Monday was quiet across New Zealand.",
        "The Winter Olympics and the World Cup drew crowds.",
    ],
)
def test_no_person_for_places_titles_days(text: str) -> None:
    assert [p.name for p in _run(text) if p.kind == "person"] == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Nigerian Minister of Finance Bola Adeyemi resigned.", "Bola Adeyemi",
         "Nigerian Minister of Finance"),
        ("Lena Okafor, a climate scientist and author of two books, spoke first.",
         "Lena Okafor", "climate scientist and author of two books"),
        ("Tomas Berg, spokesman for the agency, declined to comment.", "Tomas Berg",
         "spokesman for the agency"),
        ("The club's coach, Peter Olsen, was pleased.", "Peter Olsen", "club's coach"),
        ("Club captain Ronan Keane scored twice.", "Ronan Keane", "Club captain"),
        ("The motion was backed by Claire Dunn of the Green Party.", "Claire Dunn",
         "Green Party"),
    ],
)
def test_title(text: str, name: str, title: str) -> None:
    assert _by_name(text)[name].title == title


def test_possessive_mention_excludes_apostrophe_s() -> None:
    text = "Rosa Delgado spoke first. Delgado’s plan was approved."
    person = _by_name(text)["Rosa Delgado"]
    assert _mention_texts(person) == ["Rosa Delgado", "Delgado"]


def test_pronouns_resolve_to_the_only_person() -> None:
    text = (
        "Anna Kowalski opened the session. She thanked the hosts.\n"
        "Her speech was short."
    )
    person = _by_name(text)["Anna Kowalski"]
    assert _mention_texts(person) == ["Anna Kowalski", "She", "Her"]


@pytest.mark.parametrize(
    "text",
    [
        "Jorge Silva met Thomas Brandt in Lima, where he said the talks went well.",
        "Sam Ortiz called Robin Hale. She did not answer.",
    ],
)
def test_ambiguous_pronoun_left_alone(text: str) -> None:
    for p in _run(text):
        assert not {"He", "he", "She"} & set(_mention_texts(p))


def test_gender_picks_the_compatible_person() -> None:
    text = "Mrs Ellen Marsh greeted Mr David Cole. He smiled."
    found = _by_name(text)
    assert "He" in _mention_texts(found["David Cole"])
    assert "He" not in _mention_texts(found["Ellen Marsh"])


def test_pronoun_inside_quotes_is_not_resolved() -> None:
    text = 'Oscar Lindqvist said: "He will never win this race."'
    assert _mention_texts(_by_name(text)["Oscar Lindqvist"]) == ["Oscar Lindqvist"]


def test_surnames_shared_by_two_people_stay_apart() -> None:
    text = "Maria Rossi and Paolo Rossi arrived. Rossi spoke."
    found = _by_name(text)
    assert _mention_texts(found["Maria Rossi"]) == ["Maria Rossi"]
    assert _mention_texts(found["Paolo Rossi"]) == ["Paolo Rossi"]


def test_role_nominal_joins_the_titled_person() -> None:
    text = "The envoy met Ambassador Lars Holm in Oslo. Later the ambassador left."
    person = _by_name(text)["Lars Holm"]
    assert "the ambassador" in _mention_texts(person)


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            "The United Nations (UN) met. A UN official and a U.N. envoy spoke.",
            "United Nations",
            ["United Nations", "UN", "UN", "U.N."],
        ),
        (
            "Kenya’s Ministry of Health said so. Kenya’s Ministry of Health agreed.",
            "Kenya’s Ministry of Health",
            ["Kenya’s Ministry of Health", "Kenya’s Ministry of Health"],
        ),
        (
            "The UN General Assembly voted. The Assembly then adjourned.",
            "UN General Assembly",
            ["UN General Assembly", "Assembly"],
        ),
        (
            "Shares of Norbury Textiles Ltd fell. Norbury said profits dropped.",
            "Norbury Textiles Ltd",
            ["Norbury Textiles Ltd", "Norbury"],
        ),
    ],
)
def test_organisation_mentions_merge(text: str, name: str, mentions: list[str]) -> None:
    assert _mention_texts(_by_name(text)[name]) == mentions


def test_capitalised_headline_found_from_body() -> None:
    text = "TALKS END AS OKONJO LEAVES.\nGrace Okonjo left the talks on Friday."
    person = _by_name(text)["Grace Okonjo"]
    assert _mention_texts(person) == ["OKONJO", "Grace Okonjo"]


def test_sports_teams_are_organisations() -> None:
    text = "SOCCER - LEAGUE RESULTS.\nResults on Saturday:\nRedfield 2 Blackmoor 1\n"
    found = _by_name(text)
    assert found["Redfield"].kind == "organization"
    assert found["Blackmoor"].kind == "organization"


def test_offsets_match_text_and_order() -> None:
    text = "Ines Moreau, a lawyer, met the Tarn Valley Council. She said Moreau’s case stood."
    for p in _run(text):
        starts = [m.start for m in p.mentions]
        assert starts == sorted(starts)
        for m in p.mentions:
            assert text[m.start : m.end] == m.text


def test_importance_order_by_mention_count() -> None:
    text = "Karl Weber met Hugo Brandt. Weber spoke. Weber left."
    assert _run(text)[0].name == "Karl Weber"


@pytest.mark.parametrize(
    "text",
    [
        "“" * 200_000,
        "ABC DEF " * 25_000,
        "1234567890 " * 20_000,
        "said he said " * 20_000,
        "The Big Red Name " * 20_000,
        ("Mr. Hans van der Berg of the Bank of Utopia and the Council for " * 4000),
        "".join(f"Ambassador Lars Holm{i} met the ambassador. " for i in range(8000)),
        "".join(f"Korea’s Ministry of Trade{i} " for i in range(8000)),
        "Afghan refugees said they " * 20_000,
        "John Smith said he said " * 20_000,
        "Mr Smith spoke. " + "".join(f"Ann{i} Smith spoke. " for i in range(8000)),
    ],
)
def test_pathological_inputs_stay_fast(text: str) -> None:
    start = time.perf_counter()
    _run(text)
    assert time.perf_counter() - start < 5.0


def test_empty_text() -> None:
    assert _run("") == ()
    assert _run("   \n ") == ()


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Fans cheered Maria when she arrived.", "Maria", "person"),
        ("Drummond, 54, was released on bail.", "Drummond", "person"),
        ("The Acme Group (AG) said AG would grow.", "Acme Group", "organization"),
        ("Shares of Zentrova rose 4 percent on Monday.", "Zentrova", "organization"),
        ("Voters in New York City went to the polls.", None, None),
        ("The portrait of Henry VIII was sold.", "Henry VIII", "person"),
        ("Critics praised Anthony Hill for the ruling.", "Anthony Hill", "person"),
    ],
)
def test_lone_names_and_places(text: str, name: str | None, kind: str | None) -> None:
    found = _by_name(text)
    if name is None:
        assert not [p for p in found.values() if p.kind in ("person", "organization")]
    else:
        assert found[name].kind == kind


def test_cricket_scorecard_players() -> None:
    text = (
        "CRICKET - SCORECARD.\nResults on Sunday:\nRedfield 2 Blackmoor 1\nEastwick 3 Northby 0\n"
        "Hollins 1 Marchton 2\nT. Arden c Pellow b Quarrie 13\n"
    )
    found = _by_name(text)
    assert found["Pellow"].kind == "person"
    assert found["Quarrie"].kind == "person"


def test_unexplained_name_blocks_pronoun() -> None:
    text = "Peter Vance met Arun at the station, where he was tired."
    assert "he" not in _mention_texts(_by_name(text)["Peter Vance"])


def test_sentence_initial_pronoun_prefers_the_known_subject() -> None:
    text = "Jorge Silva met Thomas Brandt in Lima. He said the talks went well."
    found = _by_name(text)
    assert "He" in _mention_texts(found["Jorge Silva"])
    assert "He" not in _mention_texts(found["Thomas Brandt"])


def test_first_name_shared_with_a_surname_is_not_merged() -> None:
    text = "Ali Farouk and Omar Ali spoke. Ali left early."
    found = _by_name(text)
    assert _mention_texts(found["Ali Farouk"]) == ["Ali Farouk"]
    assert _mention_texts(found["Omar Ali"]) == ["Omar Ali"]


def test_capitalised_role_before_name_is_not_part_of_it() -> None:
    text = "Defender Tomas Varga headed the winner."
    assert "Tomas Varga" in _by_name(text)


def test_name_inside_quote_is_not_an_antecedent() -> None:
    text = 'Laura Stein smiled. "We owe it all to Marco Ferri," she said.'
    found = _by_name(text)
    assert "she" in _mention_texts(found["Laura Stein"])
    assert "she" not in _mention_texts(found["Marco Ferri"])


def test_capitalised_dateline_city_is_not_an_organisation() -> None:
    text = "SEOUL, May 21 (Yonhap) -- Lee Min-ho met officials."
    found = _by_name(text)
    assert "SEOUL" not in found
    assert found["Lee Min-ho"].kind == "person"


def test_schedule_and_nickname_teams() -> None:
    text = (
        "BASEBALL - WEEKEND SCHEDULE.\nSATURDAY SCHEDULE\nRIVERTON AT LAKEMONT\n"
        "The Hornets beat the Falcons 4-2 on Friday.\n"
    )
    found = _by_name(text)
    for team in ("RIVERTON", "LAKEMONT", "Hornets", "Falcons"):
        assert found[team].kind == "organization", team


def test_line_up_names_are_people() -> None:
    text = (
        "SOCCER - SQUAD NAMED.\nDUBLIN 1996-08-30\nThe team is as follows:\n"
        "Kearne, Bradley, Oakes, Tully, Morrow.\n"
    )
    found = _by_name(text)
    for name in ("Kearne", "Bradley", "Oakes", "Tully", "Morrow"):
        assert found[name].kind == "person", name


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("Shares of Norbury Textiles Ltd fell. The company said sales slowed.",
         "Norbury Textiles Ltd", "The company"),
        ("Afghan refugees said they would stay in the camp.", "Afghan refugees", "they"),
    ],
)
def test_company_nominal_and_they(text: str, name: str, mention: str) -> None:
    assert mention in _mention_texts(_by_name(text)[name])


def test_they_with_two_groups_is_left_alone() -> None:
    text = "Afghan refugees and Pakistani traders said they would stay."
    for p in _run(text):
        assert "they" not in _mention_texts(p)


def test_quoted_nickname_inside_a_name() -> None:
    text = 'The crowd cheered Rafael "The Hammer" Ortega on Sunday. Ortega won.'
    person = _by_name(text)["Rafael Ortega"]
    assert _mention_texts(person) == ['Rafael "The Hammer" Ortega', "Ortega"]


def test_given_name_alone_joins_the_full_name() -> None:
    text = "Tarik Osmani won the final. Later Osmani's rival praised Tarik."
    person = _by_name(text)["Tarik Osmani"]
    assert _mention_texts(person) == ["Tarik Osmani", "Osmani", "Tarik"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reporters said Varnavsky's daughter had flown home.", "Varnavsky"),
        ("Neighbours said Oduya's late wife ran the shop.", "Oduya"),
        ("The rules changed under the Dremmel administration.", "Dremmel"),
    ],
)
def test_lone_surname_with_kin_or_office_is_a_person(text: str, name: str) -> None:
    found = _by_name(text)
    assert name in found, sorted(found)
    assert found[name].kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Varnavsky's profits had fallen.",
        "The Dremmel plant closed last year.",
    ],
)
def test_lone_name_without_kin_or_office_is_not_a_person(text: str) -> None:
    assert all(p.kind != "person" for p in _run(text))


@pytest.mark.parametrize(
    "text",
    [
        "e.g. O'neil McDonald's ab_c café naïve x1y vu-ish 3-year 1990s iPhone said. don't",
        "Well-known end.Next U.S.-led Über and ZURICH",
        "",
    ],
)
def test_lower_vocabulary_matches_the_plain_pattern(text: str) -> None:
    _, vocabulary = scan_words(Document(text), frozenset({"the", "and"}))
    assert vocabulary == frozenset(re.findall(r"\b[a-z]+\b", text))


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Director Neil Jordan spoke first. Jordan said the film was done.",
         ["Neil Jordan", "Jordan"]),
        ("Director Neil Jordan spoke first. The crew later flew to Jordan.", ["Neil Jordan"]),
        ("Director Neil Jordan spoke first. The crew waited near Jordan.", ["Neil Jordan"]),
    ],
)
def test_place_word_that_is_a_known_surname(text: str, mentions: list[str]) -> None:
    assert _mention_texts(_by_name(text)["Neil Jordan"]) == mentions


def _person_mentions(text: str) -> dict[str, list[str]]:
    return {p.name: _mention_texts(p) for p in _run(text) if p.kind == "person"}


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # A Title Case headline: only the names that the body writes are kept, cut to them.
        ("Mayor Wants Audit Of Harbour Spending.\n\nThe harbour board wants an audit of "
         "its spending, a councillor said.", {}),
        ("Jane Okafor Compares Budget To A Storm.\n\nJane Okafor said the budget was a "
         "storm.", {"Jane Okafor": ["Jane Okafor", "Jane Okafor"]}),
        ("Understated Okafor Wins The Vote.\n\nJane Okafor won the vote, and Okafor "
         "thanked the voters.", {"Jane Okafor": ["Okafor", "Jane Okafor", "Okafor"]}),
        # A section label of ordinary words in the body.
        ("Jane Okafor spoke first.\n\nRising Costs.\n\nThe costs of rising rents worry "
         "her.", {"Jane Okafor": ["Jane Okafor", "her"]}),
        # A word of the headline that is also an ordinary word is not the surname.
        ("Key Vote Looms For Council.\n\nDirector Tom Key said the vote was a key one.",
         {"Tom Key": ["Tom Key"]}),
    ],
)
def test_title_case_lines_keep_only_names_the_body_confirms(
    text: str, persons: dict[str, list[str]]
) -> None:
    assert _person_mentions(text) == persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Capitals that are names, not the line's style: a list, a label then a name.
        ("Ann Lowry, Bob Kettering, Carla Mendez.\n\nThe three signed the letter.",
         "Carla Mendez"),
        ("Player of the Year: Aravind Kumaran\n\nThe award was given on stage.",
         "Aravind Kumaran"),
        # Headlines in sentence case keep their capitals' meaning.
        ("Jane Okafor wins the vote in a landslide.\n\nThe count ended at night.",
         "Jane Okafor"),
    ],
)
def test_capitals_that_are_names_stay_names(text: str, name: str) -> None:
    assert name in _person_mentions(text)


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # An ordinary word before a given name and surname is no part of the name.
        ("The county's pollster was late: results were read by Pollster Dana Whitcombe.",
         ["Dana Whitcombe"]),
        ("Two senators spoke. Both Senators Dana Whitcombe and Lou Barrand voted no.",
         ["Dana Whitcombe", "Lou Barrand"]),
        ("The meeting of Presidents Whitcombe and Barrand ended late.", ["Whitcombe"]),
        ("Senator Dana Whitcombe arrived. Senators Whitcombe and Barrand then spoke.",
         ["Dana Whitcombe"]),
        # Nor is one after them; an initial keeps its surname.
        ("Credits: camera by Dana Whitcombe Video and sound by others, as the video shows.",
         ["Dana Whitcombe"]),
        ("The memo was signed by Dana Q. Whitcombe on Friday.", ["Dana Q. Whitcombe"]),
        # The title of a show is no person.
        ("He was a guest on The Dana Hour and left early.", []),
        # Words glued where a line break was lost.
        ("Edited by Dana WhitcombeProduction by Lou Barrand.", ["Lou Barrand"]),
        # A closed-class word opens no name; what follows may be a known surname.
        ("Dana Whitcombe won. Voters wrote To Whitcombe in capitals.", ["Dana Whitcombe"]),
        # Name-shaped words led by an ordinary word of the article: a programme, a label.
        ("The common core of the plan is Common Core Reading, she said.", []),
        ("Their responsible choices were praised by Responsible Growth last week.", []),
        # Labels and roles whose words the article also writes in lower case.
        ("She is Senior Fellow at the institute, a senior and a fellow.", []),
    ],
)
def test_ordinary_words_at_name_edges(text: str, persons: list[str]) -> None:
    assert sorted(_person_mentions(text)) == sorted(persons)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The plan was drafted under the Ricci government in 2012.", "Ricci"),
        ("Aides said the Okafor cabinet would resign on Monday.", "Okafor"),
        ("Critics of the Lindqvist administration marched on Sunday.", "Lindqvist"),
    ],
)
def test_leader_named_before_the_office(text: str, person: str) -> None:
    found = _by_name(text)
    assert person in found, sorted(found)
    assert found[person].kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Delegates from the Philippine government met in Manila.",
        "The Likud government fell in the spring.",
        "The Basque government asked for talks.",
    ],
)
def test_nationality_or_party_before_the_office_is_no_person(text: str) -> None:
    assert all(p.kind != "person" for p in _run(text)), _run(text)


def test_person_right_after_a_university_name_is_split_off() -> None:
    text = (
        "A biology student at University of Ohio Dayton Farida Kazemi heard the news. "
        "Kazemi said she was upset."
    )
    found = _by_name(text)
    assert found["Farida Kazemi"].kind == "person"
    assert _mention_texts(found["Farida Kazemi"])[:2] == ["Farida Kazemi", "Kazemi"]
    assert found["University of Ohio Dayton"].kind == "organization"


@pytest.mark.parametrize(
    "text",
    [
        # The surname never comes back alone: nothing says the last words are a person.
        "A biology student at University of Ohio Dayton Farida Kazemi heard the news.",
        # A body's own last word (a head) is no surname.
        "Staff at Bank of Ohio Savings Association met. Association rules apply.",
    ],
)
def test_university_name_kept_whole_without_evidence(text: str) -> None:
    assert all(p.kind != "person" for p in _run(text)), _run(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The story first ran in the Gazeta Nowa daily on Monday.", "Gazeta Nowa"),
        ("Kurier Poranny weekly said the mayor would resign.", "Kurier Poranny"),
        ("The Belvox news agency said the talks had failed.", "Belvox"),
    ],
)
def test_name_before_a_publication_noun_is_an_organization(text: str, org: str) -> None:
    found = _by_name(text)
    assert org in found, sorted(found)
    assert found[org].kind == "organization"


def test_language_before_daily_is_no_organization() -> None:
    found = _by_name("The Swahili daily said the vote was fair.")
    assert "Swahili" not in found, sorted(found)


@pytest.mark.parametrize("slug", ["SOCCER - ROVERS NAME SIDE.", "Soccer - Rovers name side."])
def test_line_up_after_a_sports_slug_in_any_case(slug: str) -> None:
    text = (
        f"{slug}\nDUBLIN 1996-08-30\nCoach Tom Kelly named his side on Friday.\n"
        "The team is as follows:\n"
        "Brannock, Stallard, Irvington, Loughran, Hodson, Tremlow, Quigg.\n"
    )
    found = _by_name(text)
    for surname in ("Stallard", "Loughran", "Tremlow"):
        assert found[surname].kind == "person", sorted(found)


def test_lone_surname_with_a_role_apposition_is_a_person() -> None:
    found = _by_name("The film was made by Carrow, the Belfast-born director, last year.")
    assert found["Carrow"].kind == "person"
    assert found["Carrow"].title == "Belfast-born director"


@pytest.mark.parametrize(
    "text",
    [
        "Profits at Zentrix, the market leader, rose again.",  # a role a company holds
        "Ominously, the minister said nothing at all.",  # an adverb opening the sentence
        "Sales to Velmoria, in general, were slow.",  # no determiner: no apposition
    ],
)
def test_lone_word_before_a_comma_phrase_is_no_person(text: str) -> None:
    assert all(p.kind != "person" for p in _run(text)), _run(text)


def _name_mentions(p: Participant) -> list[str]:
    return [m.text for m in p.mentions if m.text[:1].isupper() and m.text not in {"He", "She"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The honorific's gender settles which of two people of one surname is meant.
        (
            "John Roe and Mary Roe came. Mr. Roe said yes. Mrs. Roe said no.",
            {"John Roe": ["John Roe", "Roe"], "Mary Roe": ["Mary Roe", "Roe"]},
        ),
        # Two women of the surname: the equal unsettled mentions are ONE participant.
        (
            "Mary Roe and Susan Roe spoke. Mrs. Roe left early. Later Mrs. Roe came back.",
            {"Mary Roe": ["Mary Roe"], "Susan Roe": ["Susan Roe"], "Roe": ["Roe", "Roe"]},
        ),
        # Two men unsettled, the one woman settled.
        (
            "John Roe and Peter Roe met Mary Roe. Mr. Roe left. Mrs. Roe stayed. Mr. Roe sat.",
            {
                "John Roe": ["John Roe"],
                "Peter Roe": ["Peter Roe"],
                "Mary Roe": ["Mary Roe", "Roe"],
                "Roe": ["Roe", "Roe"],
            },
        ),
        # Name variants: one form holds the other's words in order.
        (
            "Hillary Rodham Roe spoke. Later Hillary Roe left. Mrs. Roe smiled.",
            {"Hillary Rodham Roe": ["Hillary Rodham Roe", "Hillary Roe", "Roe"]},
        ),
        # A person found by a title has a gender from the given name all the same.
        (
            "Senator Maria Roe spoke. Her husband, Daniel Roe, a farmer, came. Mr. Roe left.",
            {"Maria Roe": ["Maria Roe", "Her"], "Daniel Roe": ["Daniel Roe", "Roe"]},
        ),
        # A bare surname goes to the one full-named bearer once the variants are one.
        (
            "Anna B. Kowal spoke first. Later Anna Kowal left.\n\nKowal said it was over.",
            {"Anna B. Kowal": ["Anna B. Kowal", "Anna Kowal", "Kowal"]},
        ),
    ],
)
def test_surname_mentions_are_settled(text: str, expected: dict[str, list[str]]) -> None:
    found = {p.name: _name_mentions(p) for p in _run(text) if p.kind == "person"}
    assert found == expected


def test_two_fullest_variants_stay_apart() -> None:
    names = {p.name for p in _run("George H. Roe met George W. Roe. George Roe smiled.")}
    assert {"George H. Roe", "George W. Roe", "George Roe"} <= names


@pytest.mark.parametrize(
    "text",
    [
        "John Roe and Peter Roe met Mary Roe and Susan Roe. Mr. Roe left. Mrs. Roe stayed. "
        "Roe said no. Mr. Roe sat. Mrs. Roe ran. Roe agreed.",
        "Mr. Roe spoke. Mrs. Roe spoke. Mr. Roe left. Mrs. Roe left. Roe stayed.",
    ],
)
def test_never_two_participants_of_one_name_and_kind(text: str) -> None:
    keys = [(p.name, p.kind) for p in _run(text)]
    assert len(keys) == len(set(keys))


def test_gendered_surname_groups_shown_with_their_honorific() -> None:
    names = {p.name for p in _run("Mr. Roe spoke. Mrs. Roe spoke. Mr. Roe left. Mrs. Roe left.")}
    assert names == {"Mr. Roe", "Mrs. Roe"}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("A spokesman for Mr. Roe said it was over.", "Roe", "Mr."),
        ("The president and Mrs. Roe arrived at noon.", "Roe", "Mrs."),
        ("Mr. and Mrs. Doe left town.", "Doe", "Mrs."),
        ("Undersecretary for Education Mr. Doe spoke yesterday.", "Doe",
         "Undersecretary for Education"),
        ("He joined Acme Widgets Ltd. Mr. Doe said so.", "Doe", "Mr."),
        ("The senior adviser to Mr. Doe and Ms. Roe quit.", "Roe", "Ms."),
    ],
)
def test_title_never_ends_with_an_address(text: str, name: str, title: str) -> None:
    assert _by_name(text)[name].title == title


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("broadly respected lawyer and", "broadly respected lawyer"),
        ("senior editor I was talking to", None),
        ("Minister of State", "Minister of State"),
        ("spokesman", "spokesman"),
        ("a and", "a"),
        ("and", None),
    ],
)
def test_clean_title(title: str, clean: str | None) -> None:
    assert clean_title(title) == clean


@pytest.mark.parametrize(
    "name", ["Jenna Bright", "Kristen Hill", "Marty Vale", "Renee Stone", "Monte Lark"]
)
def test_common_given_name_makes_a_person(name: str) -> None:
    found = _by_name(f"The plan was weak, {name} told the meeting on Monday.")
    assert found[name].kind == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The team owner, Alan English, said the deal was done.", "Alan English"),
        ("The plan was weak, Willie Minor told reporters.", "Willie Minor"),
    ],
)
def test_given_name_before_an_ordinary_or_nationality_word(text: str, name: str) -> None:
    assert _by_name(text)[name].kind == "person"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The game was played at Grace Road on Sunday.", "Grace Road"),
        ("Dale County lost again on Saturday.", "Dale County"),
        ("He led a Roman Catholic charity in the city.", "Roman Catholic"),
    ],
)
def test_given_name_before_a_place_or_faith_word_is_no_person(text: str, phrase: str) -> None:
    found = _by_name(text)
    assert phrase not in found or found[phrase].kind != "person"


@pytest.mark.parametrize("seat", ["White House", "Downing Street"])
def test_seat_of_government_speaking_is_an_organization(seat: str) -> None:
    found = _by_name(f"The {seat} said on Monday that the talks had failed.")
    assert found[seat].kind == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sens. Jane Roe and John Doe voted no.", "Jane Roe"),
        ("Reps. Mary Poe and Peter Loe voted yes.", "Mary Poe"),
    ],
)
def test_abbreviated_plural_title_before_a_name(text: str, name: str) -> None:
    assert _by_name(text)[name].kind == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Roe campaign did not answer.\n\nCampaign spokeswoman Hope Varga said in a "
            'statement that the plan "was fine."',
            "Hope Varga",
        ),
        (
            "Jane Roe spoke. Her campaign spokeswoman Hope Varga said in a statement that it "
            "was over.",
            "Hope Varga",
        ),
    ],
)
def test_given_name_that_is_a_word_with_a_role(text: str, name: str) -> None:
    assert _by_name(text)[name].kind == "person"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("He read The Guardian, a paper whose editor was fired.", "The Guardian"),
        ("They met at Hope Street, a spokesman said.", "Hope Street"),
    ],
)
def test_ordinary_word_pair_without_a_person_role_is_no_person(text: str, phrase: str) -> None:
    found = _by_name(text)
    assert phrase not in found or found[phrase].kind != "person"
