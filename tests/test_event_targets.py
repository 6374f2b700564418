"""Whom an event falls on when its clause names no one directly: the doers of a deed a reaction answers,
the places inside what was hit, a state's own crowds, the target a verb shares with the one before it,
and the sides of a joint act."""

import datetime as dt

import pytest


def found(nlp, text, anchor):
    doc = nlp.make_doc(text)
    doc._.anchor = dt.date.fromisoformat(anchor)
    return [(e.type, e.source_actors, e.target_actors) for e in nlp(doc)._.events if e.modality == "asserted"]


@pytest.mark.parametrize("text, anchor, expected", [
    # A reaction to a deed named by a noun is aimed at its doers, even when they are the reactor's own
    # state's other arm (the army's killing, the president's praise).
    ("Salvadoran troops killed 14 guerrillas in Morazan province on Sunday, and President Jose Napoleon Duarte "
     "praised the operation on Monday.", "1986-05-13", ("SUPPORT", ["SLV"], ["SLV"])),
    # ... named by the noun a relative clause hangs on ("a move the ministry welcomed").
    ("Ghana freed 30 detained journalists on Tuesday, in a move the British Foreign Office welcomed.",
     "1993-03-03", ("SUPPORT", ["GBR"], ["GHA"])),
    # ... the subject of what a threat says ("warned that the step would ...").
    ("Myanmar's junta closed all universities on Friday, and Thailand warned that the step would have "
     "consequences.", "1991-12-14", ("THREATEN", ["THA"], ["MMR"])),
    # ... or a vow to answer what was done.
    ("Israeli jets bombed a Hezbollah depot near Baalbek on Saturday, and Syria vowed to respond.",
     "1996-04-14", ("THREATEN", ["SYR"], ["ISR"])),
    # A denial of reports answers words, not the deed told before.
    ("Indian troops stormed the temple on Wednesday. The government denied reports that the shrine was damaged.",
     "1984-06-07", ("REJECT", ["IND"], [])),
    # What is hit holds a place: the place's country is the target.
    ("Rebel artillery pounded the old quarter of Dubrovnik on Friday.", "1991-12-07", ("ASSAULT", [], ["HRV"])),
    ("Russian rockets hit residential districts of Kharkiv on Monday.", "2022-03-08", ("ASSAULT", ["RUS"], ["UKR"])),
    # A state's forces firing on crowds no country is given for fire on their own people.
    ("Soldiers of the Burmese army fired on students and workers marching in the capital on Monday.",
     "1988-08-09", ("ASSAULT", ["BUR"], ["BUR"])),
    # A verb joined to one before it shares its target.
    ("Kenya's President Daniel arap Moi received Ugandan envoys on Tuesday and promised them closer "
     "cooperation on the border.", "1987-12-16", ("AGREE", ["KEN"], ["UGA"])),
    ("The Italian foreign minister apologised to Libya on Monday and pledged $5 billion in investment.",
     "2008-08-31", ("AGREE", ["ITA"], ["LBY"])),
])
def test_targets_a_clause_leaves_unnamed(nlp, text, anchor, expected):
    assert expected in found(nlp, text, anchor)


@pytest.mark.parametrize("text, anchor, expected", [
    # Sides named together that act on each other are each the other's target.
    ("Ethiopian and Eritrean negotiators signed a border agreement in Algiers on Tuesday.", "2000-12-13",
     ("SUPPORT", ["ETH", "ERI"], ["ETH", "ERI"])),
    ("Armenia and Azerbaijan each freed 15 prisoners on Friday.", "2023-12-09", ("RETREAT", ["ARM", "AZE"],
                                                                                ["ARM", "AZE"])),
    ("The presidents of Uganda, Kenya and Tanzania met in Arusha on Thursday.", "1999-12-01",
     ("CONSULT", ["UGA", "KEN", "TZA"], ["UGA", "KEN", "TZA"])),
])
def test_joint_acts_fall_on_each_side(nlp, text, anchor, expected):
    assert expected in found(nlp, text, anchor)


def test_sides_acting_on_a_third_keep_it_alone(nlp):
    events = found(nlp, "British and French jets bombed Libyan air defences on Sunday.", "2011-03-20")
    assert ("ASSAULT", ["GBR", "FRA"], ["LBY"]) in events


def test_kosovo_is_a_state_after_2008_and_yugoslavia_before(nlp):
    assert ("COERCE", ["XKX"], ["XKX"]) in found(nlp, "Kosovo police arrested 12 people in Pristina on Monday.",
                                                  "2019-05-28")
    assert ("COERCE", ["YUG"], ["YUG"]) in found(nlp, "Kosovo police arrested 12 people in Pristina on Monday.",
                                                  "1998-05-26")


@pytest.mark.parametrize("text, anchor, expected", [
    # Fire returned falls on whoever attacked last.
    ("Eritrean artillery shelled Ethiopian positions near Badme on Sunday, and Ethiopian forces fired back.",
     "1999-02-08", ("ASSAULT", ["ETH"], ["ERI"])),
    # Those who follow suit do the act told in the main clause before, to its target.
    ("Britain expelled three Soviet diplomats on Friday, a day after Moscow ordered a British journalist out. "
     "Canada followed suit on Saturday.", "1985-09-14", ("SANCTION", ["CAN"], ["SUN"])),
    # A state disappointed by a deal accuses its signers.
    ("Vanuatu signed a policing pact with China on Monday, and New Zealand said it was deeply disappointed by "
     "the deal.", "2023-04-11", ("ACCUSE", ["NZL"], ["VUT"])),
    # Soldiers killed in a clash with another side's troops were attacked by that side.
    ("Three Thai soldiers were killed in a clash with Cambodian troops near the temple on Friday.", "2011-02-05",
     ("ASSAULT", ["KHM"], ["THA"])),
])
def test_targets_of_answers_to_what_was_done(nlp, text, anchor, expected):
    assert expected in found(nlp, text, anchor)


def test_a_crowds_stones_are_a_riot_aimed_at_the_embassy(nlp):
    events = found(nlp, "Thousands of Iranian students threw stones at the British embassy in Tehran on Sunday.",
                   "1992-03-02")
    assert ("PROTEST", ["IRN"], ["GBR"]) in events
    assert not [e for e in events if e[0] == "ASSAULT"]


@pytest.mark.parametrize("text, anchor, expected", [
    # a refusal to let someone act is aimed at them; a refusal of what someone offered, at its giver
    ("Sweden refused on Friday to let the Soviet submarine leave its waters.", "1981-11-06",
     ("REJECT", ["SWE"], ["SUN"])),
    ("Ethiopia refused to accept grain offered by the United States, the relief agency said on Monday.",
     "1985-03-04", ("REJECT", ["ETH"], ["USA"])),
    # forces that retaliate strike whoever attacked them
    ("Syrian gunners shelled Israeli positions on Sunday, and Israeli artillery retaliated.", "1982-06-07",
     ("ASSAULT", ["ISR"], ["SYR"])),
    # the capital's older names stand for the state
    ("Taiwan rejected Peking's offer of talks on Thursday.", "1981-10-01", ("REJECT", ["TWN"], ["CHN"])),
    ("Vietnamese troops shelled Kampuchean guerrilla camps near the Thai border on Monday.", "1985-01-08",
     ("ASSAULT", ["VNM"], ["KHM"])),
])
def test_targets_of_refusals_and_retaliation(nlp, text, anchor, expected):
    assert expected in found(nlp, text, anchor)


@pytest.mark.parametrize("text, anchor, expected", [
    # people a state frees are its own, named with no country
    ("South African authorities freed the jailed leader from Victor Verster prison near Paarl on Sunday.",
     "1990-02-12", ("RETREAT", ["ZAF"], ["ZAF"])),
    # an offer to mediate is made to both sides
    ("King Hassan offered on Monday to mediate between Algeria and Mauritania.", "1978-03-07",
     ("AGREE", ["MAR"], ["DZA", "MRT"])),
    # money pledged for a country is given to it
    ("The State Department pledged a further $1 million in relief for Georgia on Thursday.", "2008-08-15",
     ("AGREE", ["USA"], ["GEO"])),
    # him: the person told of in the sentence before
    ("Ferdinand Marcos fled the presidential palace last night. The Reagan administration offered him refuge.",
     "1986-02-26", ("AGREE", ["USA"], ["PHL"])),
])
def test_targets_of_releases_offers_and_pledges(nlp, text, anchor, expected):
    assert expected in found(nlp, text, anchor)


@pytest.mark.parametrize("text, anchor, expected", [
    # a warning is aimed where the act it speaks of would be
    ("NATO's secretary-general warned on Monday that air strikes against Yugoslavia were imminent.", "1999-03-22",
     ("THREATEN", ["NATO"], ["YUG"])),
    # a coup condemned in a relative clause: its makers
    ("Soldiers seized power in Niger on Thursday in a coup that the African Union condemned.", "2010-02-19",
     ("ACCUSE", ["AU"], ["NER"])),
])
def test_targets_of_warnings_and_condemned_coups(nlp, text, anchor, expected):
    assert expected in found(nlp, text, anchor)


def test_peacekeepers_guarding_someone_give_no_aid(nlp):
    events = found(nlp, "Soldiers killed the prime minister and ten Belgian peacekeepers guarding her on Thursday.",
                   "1994-04-08")
    assert not [e for e in events if e[0] == "AID"]


def test_who_orders_an_envoy_out_accuses_not_the_envoy(nlp):
    events = found(nlp, "Burkina Faso on Friday ordered France's ambassador to leave the country within 48 hours, "
                        "accusing Paris of backing the jihadists.", "2023-01-21")
    assert ("ACCUSE", ["BFA"], ["FRA"]) in events


def test_troops_backed_by_gunships_are_the_doers_of_the_verb_the_parser_hangs_on_the_gunships(nlp):
    events = found(nlp, "Kenyan troops backed by helicopter gunships crossed into southern Somalia on Sunday.",
                   "2011-10-16")
    assert ("MOBILIZE", ["KEN"], ["SOM"]) in events


@pytest.mark.parametrize("text, anchor, expected", [
    # a crowd named by its numbers protests for the country the story is about
    ("Belarusian riot police fired rubber bullets at protesters in Minsk for a second night on Monday as "
     "thousands took to the streets.", "2020-08-11", ("PROTEST", ["BLR"], ["BLR"])),
    # protesters who torch cars riot
    ("French riot police fired tear gas at protesters who torched cars in Paris on Saturday.", "2018-12-02",
     ("PROTEST", ["FRA"], ["FRA"])),
    # a cessation of military operations is a ceasefire
    ("The Irish Republican Army declared a complete cessation of military operations today.", "1994-08-31",
     ("RETREAT", ["IRA"], [])),
])
def test_crowds_riots_and_ceasefires(nlp, text, anchor, expected):
    assert expected in found(nlp, text, anchor)


def test_a_time_in_a_relative_clause_dates_that_clause_not_the_accusation(nlp):
    doc = nlp.make_doc("Kuwait on Tuesday ordered three Iranian diplomats to leave the country, accusing them of "
                       "links with saboteurs who bombed an oil installation last month.")
    doc._.anchor = dt.date(1987, 11, 12)
    dates = {e.trigger: e.date for e in nlp(doc)._.events}
    assert dates["accusing"] == "1987-11-10"


def test_a_day_earlier_counts_back_from_the_day_the_sentence_names(nlp):
    doc = nlp.make_doc("Thousands of protesters kept up their sit-in outside the army headquarters in Khartoum on "
                       "Friday, defying the generals who had ousted President Omar al-Bashir a day earlier.")
    doc._.anchor = dt.date(2019, 4, 13)
    dates = {e.trigger: e.date for e in nlp(doc)._.events}
    assert dates["ousted"] == "2019-04-11"


def test_a_visit_keeps_the_day_its_relative_clause_gives(nlp):
    doc = nlp.make_doc("Antony Blinken's visit to South Korea, which began Wednesday, focused on North Korea's "
                       "missile launches, officials said on Thursday.")
    doc._.anchor = dt.date(2023, 11, 9)
    dates = {e.trigger: e.date for e in nlp(doc)._.events}
    assert dates.get("visit") == "2023-11-08"


@pytest.mark.parametrize("text, anchor, expected", [
    # a region's people and places are its state's: the Chechen capital is Russia's, Tigrayan forces are
    # Ethiopian rebels, not Ethiopia's army
    ("Russian warplanes bombed the Chechen capital Grozny for a second day on Wednesday.", "1994-12-22",
     ("ASSAULT", ["RUS"], ["RUS"])),
    ("Tigrayan forces shelled the town of Dessie on Saturday, a government spokesman said.", "2021-10-31",
     ("ASSAULT", ["ETH"], ["ETH"])),
    # a separatist or opposition leader does not speak for the state he defies
    ("Russian warplanes bombed Grozny on Wednesday, and separatist leader Dzhokhar Dudayev rejected Moscow's "
     "demand that his fighters lay down their weapons.", "1994-12-22", ("REJECT", ["RUS"], ["RUS"])),
    # a name the tagger missed after a title is still the titled person's
    ("Kazakh President Kassym-Jomart Tokayev appealed to Russia and its allies for help on Wednesday.",
     "2022-01-06", ("REQUEST", ["KAZ"], ["RUS"])),
    # a vote's infinitive is what was voted, not a purpose
    ("The UN General Assembly voted 141-5 on Wednesday to demand that Russia immediately withdraw its forces "
     "from Ukraine.", "2022-03-03", ("REQUEST", ["UNGA"], ["RUS"])),
    # expulsions: another state's nationals ordered out, an ambassador given hours to leave
    ("The Soviet Union ordered 25 Britons, including diplomats and journalists, to leave the country today.",
     "1985-09-14", ("SANCTION", ["SUN"], ["GBR"])),
    ("Mali's military-led government on Monday gave the French ambassador 72 hours to leave the country.",
     "2022-02-01", ("SANCTION", ["MLI"], ["FRA"])),
    # a halted campaign is a de-escalation, and the halted bombing is no bombing
    ("NATO suspended its 78-day bombing campaign against Yugoslavia hours later.", "1999-06-11",
     ("RETREAT", ["NATO"], ["YUG"])),
])
def test_regions_sides_and_expulsions(nlp, text, anchor, expected):
    assert expected in found(nlp, text, anchor)


def test_a_halted_shelling_is_not_a_shelling(nlp):
    types = [e[0] for e in found(nlp, "The army halted its shelling of Donetsk on Tuesday.", "2014-06-11")]
    assert types == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "Troops of driver ants swarmed through villages near Kisangani in northeastern Zaire this week.",
    "Panama's Eusebio Quintero defended his world bantamweight title on Saturday in Colon.",
    "Detroit carmaker Marlow Motors said today it would close two plants, blaming slumping sales of its sedans.",
    "Forty years on, historians still debate whether the 1967 war could have been avoided.",
    "Celebrating fans invaded the pitch after Nigeria beat Ghana 3-1, delaying the trophy presentation.",
])
def test_words_of_war_in_other_senses_are_no_events(nlp, text):
    assert found(nlp, text, "1986-09-20") == []


@pytest.mark.parametrize("text, anchor, expected", [
    # a crowd with no country named acts where what it storms is
    ("Saudi Arabia cut diplomatic ties with Iran on Sunday, a day after protesters stormed and set fire to the "
     "Saudi embassy in Tehran.", "2016-01-04", ("PROTEST", ["IRN"], ["SAU"])),
    ("Thousands of farmers protesting against new farm laws broke through police barricades and stormed Delhi's "
     "historic Red Fort on Tuesday.", "2021-01-27", ("PROTEST", ["IND"], ["IND"])),
    # a count stands for what it counts: the protesters fired on, the imports taxed
    ("Uzbek troops opened fire on thousands of protesters in the eastern city of Andijan on Friday.",
     "2005-05-14", ("ASSAULT", ["UZB"], ["UZB"])),
    ("Burmese troops fired on tens of thousands of demonstrators in Rangoon yesterday.", "1988-08-09",
     ("ASSAULT", ["BUR"], ["BUR"])),
    ("Washington imposed 25 percent tariffs on $34 billion of Chinese imports on Friday.", "2018-07-07",
     ("SANCTION", ["USA"], ["CHN"])),
])
def test_crowds_and_counts(nlp, text, anchor, expected):
    assert expected in found(nlp, text, anchor)


@pytest.mark.parametrize("text, anchor, trigger, date", [
    # the tagger joins "Wednesday, two days" into one span: both times count
    ("NATO warplanes pounded Bosnian Serb ammunition depots around Sarajevo on Wednesday, two days after a mortar "
     "shell killed 37 people in a crowded market in the city.", "1995-08-31", "pounded", "1995-08-30"),
    ("NATO warplanes pounded Bosnian Serb ammunition depots around Sarajevo on Wednesday, two days after a mortar "
     "shell killed 37 people in a crowded market in the city.", "1995-08-31", "killed", "1995-08-28"),
    # the day of the act a trigger was done in is the trigger's
    ("The military detained dozens of opposition leaders in pre-dawn raids on Monday.", "2021-02-02", "detained",
     "2021-02-01"),
    # "after Friday prayers" names a day; "on Sunday" stays a day though the tagger reads it into a name
    ("Security forces opened fire on thousands of people who marched through the city of Deraa after Friday "
     "prayers.", "2011-03-26", "opened", "2011-03-25"),
    ("Colombian troops killed a rebel commander in a raid inside Ecuador on Saturday, and on Sunday Ecuadorean "
     "President Rafael Correa recalled his ambassador from Bogota.", "2008-03-03", "recalled", "2008-03-02"),
])
def test_days_the_tagger_hides(nlp, text, anchor, trigger, date):
    doc = nlp.make_doc(text)
    doc._.anchor = dt.date.fromisoformat(anchor)
    assert {e.trigger: e.date for e in nlp(doc)._.events}.get(trigger) == date


def test_a_joint_attack_is_also_cooperation_between_the_attackers(nlp):
    got = found(nlp, "Chadian and Nigerian troops launched a joint offensive against Boko Haram militants around "
                     "the border town of Gamboru on Tuesday.", "2015-02-04")
    assert ("COOPERATE", ["TCD", "NGA"], ["TCD", "NGA"]) in got and any(e[0] == "ASSAULT" for e in got)


@pytest.mark.parametrize("text, anchor, expected", [
    # a passive release with no one named: those who held them, or who last seized someone
    ("Three American citizens held in North Korea were freed on Wednesday.", "2018-05-10",
     ("RETREAT", ["PRK"], ["USA"])),
    ("Zimbabwean police detained opposition leader Morgan Tsvangirai at a roadblock on Wednesday. He was released "
     "without charge several hours later.", "2008-06-05", ("RETREAT", ["ZWE"], ["ZWE"])),
    # a court's arrest warrant charges someone
    ("The International Criminal Court issued an arrest warrant on Wednesday for Sudanese President Omar al-Bashir "
     "on charges of war crimes.", "2009-03-05", ("ACCUSE", ["ICC"], ["SDN"])),
])
def test_releases_and_warrants(nlp, text, anchor, expected):
    assert expected in found(nlp, text, anchor)


def test_a_real_act_is_not_merged_into_a_hypothetical_one_of_its_kind(nlp):
    got = found(nlp, "Trump warned North Korea that it would be met with fire and fury if it kept threatening the "
                     "United States, and Pyongyang responded hours later by threatening to fire missiles toward Guam.",
                "2017-08-09")
    assert any(e[0] == "THREATEN" and e[1] == ["PRK"] for e in got)


@pytest.mark.parametrize("text, anchor, expected", [
    # a definite description stands for the state or body of its kind named before
    ("Pelosi arrived in Taipei on Tuesday. China fired missiles toward the island on Thursday.", "2022-08-05",
     ("MOBILIZE", ["CHN"], ["TWN"])),
    ("The UN demanded access on Friday. Iraq released 40 Kuwaiti prisoners on Saturday, and the world body "
     "welcomed the move.", "2003-03-01", ("SUPPORT", ["UN"], ["IRQ"])),
    ("Nigeria's rulers hanged nine activists on Friday, and the European Union suspended all development aid to "
     "the country.", "1995-11-11", ("SANCTION", ["EU"], ["NGA"])),
    # drills around a state are aimed at it
    ("China launched its largest-ever military drills around Taiwan on Thursday.", "2022-08-05",
     ("MOBILIZE", ["CHN"], ["TWN"])),
])
def test_described_states_and_bodies(nlp, text, anchor, expected):
    assert expected in found(nlp, text, anchor)


def test_what_a_deed_ended_is_no_deed_of_its_own(nlp):
    got = found(nlp, "Salvadoran President Alfredo Cristiani and FMLN commanders signed a peace treaty in Mexico "
                     "City on Thursday, formally ending 12 years of civil war.", "1992-01-17")
    assert [e[0] for e in got] == ["SUPPORT"]


def test_time_given_a_state_to_leave_is_an_expulsion(nlp):
    got = found(nlp, "Uzbekistan has given the United States 180 days to leave the Karshi-Khanabad air base, US "
                     "officials said on Saturday.", "2005-07-30")
    assert ("SANCTION", ["UZB"], ["USA"]) in got


@pytest.mark.parametrize("text, anchor, expected", [
    # a speech act named by a noun with its speaker happened, whatever became of it, and is aimed at
    # whoever answered it
    ("Separatist leader Dzhokhar Dudayev rejected Moscow's demand that his fighters lay down their weapons.",
     "1994-12-22", ("REQUEST", ["RUS"], ["RUS"])),
    ("Taiwan today rejected Peking's offer of wide autonomy under reunification.", "1981-10-01",
     ("AGREE", ["CHN"], ["TWN"])),
    ("French warplanes bombed rebel positions in central Mali on Friday after President Francois Hollande agreed "
     "to a request for help from the government in Bamako.", "2013-01-12", ("REQUEST", ["MLI"], ["FRA"])),
    ("British police arrested Augusto Pinochet at a London clinic on Friday at the request of a Spanish judge.",
     "1998-10-17", ("REQUEST", ["ESP"], ["GBR"])),
    ("China imposed tariffs on Australian barley on Monday, in a move seen as retaliation for Canberra's call for "
     "an independent inquiry into the pandemic.", "2020-05-19", ("REQUEST", ["AUS"], [])),
])
def test_speech_acts_named_by_nouns(nlp, text, anchor, expected):
    assert expected in found(nlp, text, anchor)


@pytest.mark.parametrize("text", [
    "Japan's exports fell 3.1 percent in June as weaker demand from the United States hurt shipments of cars.",
    "Shareholders accepted BHP's offer of $40 a share on Monday.",
    "The board rejected the demand for a higher dividend.",
])
def test_market_demand_and_offers_are_no_speech_acts(nlp, text):
    assert found(nlp, text, "1987-07-20") == []


def test_a_crowd_is_not_placed_by_what_its_relative_clause_names(nlp):
    got = found(nlp, "Hong Kong police fired tear gas at tens of thousands of protesters who surrounded the city's "
                     "legislature on Wednesday to block a bill that would allow extraditions to mainland China.",
                "2019-06-13")
    assert ("ASSAULT", ["HKG"], ["HKG"]) in got and not any("CHN" in e[1] for e in got)


@pytest.mark.parametrize("text, anchor, expected", [
    ("Iran accepted the U.N. Security Council's ceasefire resolution 598 on Monday.", "1988-07-19",
     ("AGREE", ["IRN"], ["UNSC"])),
    ("Ferdinand Marcos gave up the presidency and flew out of Manila with his family last night.", "1986-02-26",
     ("RETREAT", ["PHL"], [])),
    ("Secretary of State George Shultz today turned down a Soviet call for a moratorium on nuclear tests.",
     "1986-09-02", ("REQUEST", ["SUN"], [])),
    ("An IRA bomb wrecked the Grand Hotel in Brighton early yesterday, killing four people.", "1984-10-13",
     ("ASSAULT", ["IRA"], ["GBR"])),
    ("Yasser Arafat renounced terrorism at a news conference in Geneva last night.", "1988-12-15",
     ("CONCEDE", ["PSE"], ["CHE"])),
    ("The first columns of Soviet troops began leaving Afghanistan yesterday under the Geneva accords.",
     "1988-05-16", ("RETREAT", ["SUN"], ["AFG"])),
    ("The first 400 PLO guerrillas sailed out of Beirut for Cyprus on Saturday.", "1982-08-22",
     ("RETREAT", ["PLO"], ["LBN", "CYP"])),
    ("Gunmen hijacked a Kuwait Airways jumbo jet with 112 people aboard on Tuesday.", "1988-04-06",
     ("ASSAULT", [], [])),
])
def test_wire_verbs(nlp, text, anchor, expected):
    assert expected[:2] == next(((e[0], e[1]) for e in found(nlp, text, anchor) if e[0] == expected[0]), None)


@pytest.mark.parametrize("text", [
    "The Soviet Union launched two cosmonauts toward the Mir orbital station today, Tass said.",
    "Angola said the shipments would wreck talks on independence for Namibia.",
])
def test_wire_words_in_other_senses(nlp, text):
    assert [e for e in found(nlp, text, "1987-02-06") if e[0] in ("MOBILIZE", "ASSAULT")] == []


def test_a_rescue_is_no_release_by_captors(nlp):
    got = found(nlp, "Peruvian commandos stormed the Japanese ambassador's residence in Lima on Tuesday, freeing 71 "
                     "hostages and killing the 14 rebels holding them.", "1997-04-23")
    assert [e[0] for e in got] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "A German appliance maker threatened on Wednesday to move its washing-machine factory to Slovakia.",
    "A New York investment bank said on Wednesday it had sanctioned two traders for breaching internal rules.",
    "Canadian pop singer Julie Marchand cancelled the European leg of her tour on Friday, citing exhaustion.",
])
def test_companies_and_singers_do_no_politics(nlp, text):
    assert found(nlp, text, "2004-07-14") == []
