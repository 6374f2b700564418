"""Events rule by rule: type, source, target, modality and date, on sentences written for these
tests from several conflicts and outlets (North Korea, Ukraine, Gaza and Lebanon, the South China
Sea, India, Japan and Korea). Each rule has at least two sentences that are worded differently.
"""

import datetime as dt

import pytest


ANCHOR = dt.date(2024, 3, 14)  # a Thursday


def events(nlp, text, anchor=ANCHOR):
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return nlp(doc)._.events


def summary(e):
    return e.type, e.source_actors, e.target_actors


# -- types ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, type_, mode, source, target", [
    # Launching an attack or an operation is force used on someone, not a weapons test.
    ("Russian forces launched a massive missile and drone attack on Ukraine's energy infrastructure overnight.",
     "ASSAULT", None, ["RUS"], ["UKR"]),
    ("Ukrainian forces launched a drone attack on an oil refinery in Russia's Krasnodar region on Sunday.",
     "ASSAULT", None, ["UKR"], ["RUS"]),
    ("Israel launched a ground operation in Rafah on Monday.", "ASSAULT", None, ["ISR"], ["PSE"]),
    ("Israeli jets carried out airstrikes on Hezbollah targets in southern Lebanon on Tuesday.",
     "ASSAULT", "aerial", ["ISR"], ["HEZBOLLAH"]),
    # Firing *at* a place, a ship or an actor is an attack; firing into the sea is a test.
    ("Hezbollah fired dozens of rockets at northern Israel on Saturday, the Israeli military said.",
     "ASSAULT", None, ["HEZBOLLAH"], ["ISR"]),
    ("Chinese coast guard ships fired water cannon at a Philippine supply vessel on Tuesday.",
     "ASSAULT", "crowd-control", ["CHN"], ["PHL"]),
    ("North Korea fired several cruise missiles into the Yellow Sea on Wednesday, South Korea's military said.",
     "MOBILIZE", "weapons", ["PRK"], []),
    # A state's protest is diplomatic (ACCUSE); a summons or a lodged protest too.
    ("Tokyo protested to Seoul over the disputed islands.", "ACCUSE", "disapprove", ["JPN"], ["KOR"]),
    ("Manila summoned a Chinese diplomat to protest the incident.", "ACCUSE", "disapprove", ["PHL"], ["CHN"]),
    ("The Israeli foreign ministry summoned the Spanish ambassador for a reprimand on Wednesday.",
     "ACCUSE", "disapprove", ["ISR"], ["ESP"]),
    ("Japan's Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo had lodged a strong protest with Beijing.",
     "ACCUSE", "disapprove", ["JPN"], ["CHN"]),
    ("Beijing lodged a formal protest with Tokyo over the remarks.", "ACCUSE", "disapprove", ["CHN"], ["JPN"]),
    ("The spokesperson, Wang Wenbin, said China firmly opposed the sale.", "ACCUSE", "disapprove", ["CHN"], []),
    # A crowd's protest is a demonstration, placed by its demonym or where it happened.
    # farmers marching on their capital: a protest by India's people against India's government
    ("Indian farmers marched toward New Delhi on Tuesday to demand guaranteed crop prices.",
     "PROTEST", "demo", ["IND"], ["IND"]),
    ("Thousands of students protested in Dhaka against the quota system.", "PROTEST", "demo", ["BGD"], ["BGD"]),
    # a crowd protests to its own government, by default
    ("Hundreds of workers rallied outside parliament in Seoul on Saturday.", "PROTEST", "demo", ["KOR"], ["KOR"]),
    # "call on" and "call for" ask; "call off" cancels; an order is a request.
    ("China called on Japan to stop the release of treated water from Fukushima.", "REQUEST", None, ["CHN"], ["JPN"]),
    ("The Israeli foreign ministry called on Turkey to release the detained journalists.",
     "REQUEST", None, ["ISR"], ["TUR"]),
    ("Moscow called off the talks with Kyiv on Thursday.", "REJECT", "meet", ["RUS"], ["UKR"]),
    ("The Israeli army ordered residents of northern Gaza to evacuate.", "REQUEST", None, ["ISR"], ["PSE"]),
    # Drills by two sides are cooperation, one side's are mobilisation.
    # Sides named together that act on each other are each the other's target.
    ("Seoul and Washington held drills near the border on Monday.", "COOPERATE", None, ["KOR", "USA"], ["KOR", "USA"]),
    ("Japan and the Philippines began joint naval exercises in the South China Sea on Friday.",
     "COOPERATE", None, ["JPN", "PHL"], ["JPN", "PHL"]),
    ("Chinese and Indian troops held joint drills in Yunnan on Friday.", "COOPERATE", None, ["CHN", "IND"],
     ["CHN", "IND"]),
    ("The Philippine navy held drills near Scarborough Shoal on Monday.", "MOBILIZE", "troops", ["PHL"], []),
    # Envoys recalled, trade banned, restrictions lifted.
    ("Israel recalled its ambassador to Turkey for consultations.", "SANCTION", "withdraw", ["ISR"], ["TUR"]),
    ("India recalled its high commissioner from Ottawa on Monday.", "SANCTION", "withdraw", ["IND"], ["CAN"]),
    ("Beijing banned all seafood imports from Japan after the release began in August.",
     "SANCTION", None, ["CHN"], ["JPN"]),
    ("Japan lifted export restrictions on South Korea last year.", "CONCEDE", None, ["JPN"], ["KOR"]),
    ("Washington eased sanctions on Venezuela's oil sector in October.", "CONCEDE", None, ["USA"], ["VEN"]),
    # Exchanging fire is an attack by both sides.
    ("India and Pakistan exchanged fire across the Line of Control on Sunday.", "ASSAULT", "firearms", ["IND", "PAK"],
     ["IND", "PAK"]),
    # Weapons sent or delivered are aid.
    ("The United States sent artillery shells and air defence missiles to Ukraine.", "AID", None, ["USA"], ["UKR"]),
    # A threat of retaliation is THREATEN; retaliation carried out is ASSAULT.
    ("China said it would retaliate if the Philippines continued its provocations.",
     "THREATEN", None, ["CHN"], ["PHL"]),
    ("Israel retaliated against Iran with a strike near Isfahan on Friday.", "ASSAULT", None, ["ISR"], ["IRN"]),
    # A warning of another's consequences threatens them.
    ("Russia warned that Finland would face consequences if it joined NATO.", "THREATEN", None, ["RUS"], ["FIN"]),
    ("Beijing has repeatedly warned Washington against selling weapons to Taiwan.", "THREATEN", None, ["CHN"], ["USA"]),
    # What is left is the target: a country pulled out of, talks walked out of with whom they were held.
    ("The last United Nations peacekeepers pulled out of Somalia on Thursday.", "RETREAT", "withdraw", ["UN"],
     ["SOM"]),
    ("France will pull its 1,500 troops out of Niger by the end of the year.", "RETREAT", "withdraw", ["FRA"],
     ["NER"]),
    ("Sudan walked out of talks with South Sudan on Wednesday.", "REJECT", "meet", ["SDN"], ["SSD"]),
    # A protest is aimed at the state whose embassy the crowd gathers at, or whom its purpose names.
    ("Hundreds of South Koreans rallied outside the Japanese embassy in Seoul on Saturday.", "PROTEST", "demo",
     ["KOR"], ["JPN"]),
    ("Thousands of Pakistanis marched in Lahore on Friday to denounce Denmark's cartoons.", "PROTEST", "demo",
     ["PAK"], ["DNK"]),
    # A participle before a trailing attribution is the reported clause's subject's, not the agency's.
    ("Bahrain expelled two Iranian diplomats on Wednesday, accusing them of spying, the official news agency said.",
     "ACCUSE", "allege", ["BHR"], ["IRN"]),
    # "its" in a clause of when refers to the main clause's subject.
    ("Iraq apologised to Kuwait after one of its warplanes mistakenly fired a missile at a Kuwaiti patrol boat.",
     "ASSAULT", None, ["IRQ"], ["KWT"]),
    # A threat is aimed where the act it threatens is.
    ("The Korean People's Army warned on Wednesday that it would launch retaliatory strikes on U.S. bases in Guam.",
     "THREATEN", None, ["PRK"], ["USA"]),
    # A state's courts sentence its own people, named or not.
    ("A Russian court on Friday sentenced jailed opposition leader Alexei Navalny to 19 years in a penal colony.",
     "SANCTION", "convict", ["RUS"], ["RUS"]),
    ("A Revolutionary Court in Tehran sentenced three men to death on Sunday.", "SANCTION", "convict", ["IRN"],
     ["IRN"]),
    # Two countries' leaders meet: the first named meets the other.
    ("Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali met in St Vincent on Thursday.",
     "CONSULT", None, ["VEN", "GUY"], ["VEN", "GUY"]),
    ("Warships from Peru, Chile and Colombia began naval manoeuvres off the Peruvian coast on Monday.",
     "COOPERATE", None, ["PER", "CHL", "COL"], ["PER", "CHL", "COL"]),
    # Two sides of one country meet: each is the other's target.
    ("President Mwai Kibaki and opposition leader Raila Odinga met face to face on Thursday.", "CONSULT", None,
     ["KEN"], ["KEN"]),
    # Measures introduced are imposed; a rally of supporters is a demonstration even beside market news.
    ("Japan introduced export controls on chips to China in July.", "SANCTION", None, ["JPN"], ["CHN"]),
    ("Thousands of opposition supporters held a rally in Nairobi as share prices fell.", "PROTEST", "demo", ["KEN"],
     ["KEN"]),
])
def test_event_type_mode_and_actors(nlp, sentence, type_, mode, source, target):
    found = [(e.type, e.mode, e.source_actors, e.target_actors) for e in events(nlp, sentence)]
    assert (type_, mode, source, target) in found, found


@pytest.mark.parametrize("sentence, absent", [
    # "back down" is not "back"; walking out of a meeting is no meeting.
    ("South Korea will not back down in the face of North Korean threats, Yoon said.", "SUPPORT"),
    ("Japan will not back off from its claim to the islands, the minister said.", "SUPPORT"),
    ("The US ambassador walked out of the meeting in protest.", "CONSULT"),
    ("The Russian delegation walked out of the talks in Geneva.", "CONSULT"),
    # An assessment of what someone else could do threatens nobody.
    ("North Korea could conduct a nuclear test at any time, South Korea's spy agency warned.", "THREATEN"),
    ("The IAEA warned that the plant could suffer a nuclear accident.", "THREATEN"),
    # "the launch of cruise missiles is not prohibited" speaks of launches in general.
    ("Although the launch of cruise missiles is not prohibited by UN resolutions, Pyongyang refrained.", "MOBILIZE"),
    # A drill condemned is not the condemners' drill.
    ("The United States and Japan condemned China's military drills around Taiwan.", "COOPERATE"),
    # Everyday senses: a market's rally, a probe launched, bids turned down, a price introduced, a cycling race.
    ("Cocoa futures have risen 20 percent this year, although strong arrivals have slowed the rally in London.",
     "PROTEST"),
    ("Italian scientists built two cameras for the European Space Agency's Giotto probe, launched in July.",
     "MOBILIZE"),
    ("The central bank sold 48.5 mln dlrs to 112 bidders at the auction and rejected 31 bids as too low.", "REJECT"),
    ("Exporters said a fixed farmgate price introduced by the government in 2012 had helped growers.", "CONSULT"),
    ("Colombian climber Alirio Moncada won the fifth stage of the cycling race, breaking away on the final ascent.",
     "THREATEN"),
])
def test_no_event_of_that_type(nlp, sentence, absent):
    assert absent not in [e.type for e in events(nlp, sentence)]


# -- attacks told with no doer; no doer at all -------------------------------------------------

@pytest.mark.parametrize("sentence, source, target", [
    ("A car bomb exploded outside a police station in Mogadishu on Sunday, killing seven people.", [], ["SOM"]),
    ("A bomb went off in a crowded market in Peshawar on Friday, killing 12 people.", [], ["PAK"]),
    ("A roadside bomb killed three Indian soldiers in Kashmir on Monday.", [], ["IND"]),
    ("Four Egyptian policemen were killed in an ambush in northern Sinai on Wednesday.", [], ["EGY"]),
    ("The mayor of Acapulco was assassinated on Thursday.", [], ["MEX"]),
    ("Two aid workers were kidnapped in northern Mali on Saturday.", [], ["MLI"]),
    ("An attack on a military base in western Niger killed 17 soldiers on Tuesday.", [], ["NER"]),
    ("Rockets were fired at the U.S. embassy in Baghdad late on Sunday.", [], ["USA"]),
    # the means names its owner
    ("An IRA landmine blew up a British army Land Rover near Crossmaglen yesterday, killing two soldiers.",
     ["IRA"], ["GBR"]),
])
def test_an_attack_nobody_is_named_for(nlp, sentence, source, target):
    found = [summary(e) for e in events(nlp, sentence) if e.type == "ASSAULT"]
    assert found == [("ASSAULT", source, target)], found


@pytest.mark.parametrize("sentence", [
    "An earthquake killed 40 people in eastern Turkey on Sunday.",
    "A gas explosion killed 12 miners in a coal mine in Shanxi province on Tuesday.",
    "A blast at a chemical plant in Tianjin killed 50 people.",
    "Seven pilgrims were killed when their bus overturned near Mecca on Friday.",
    "Cyclone Idai smashed into the port city of Beira late on Thursday, flattening homes.",
    "Wildfires tore through seaside villages east of Athens, destroying hundreds of homes.",
    "The rocket landed safely on a drone ship off the coast of Florida.",
    "The corporate raid on Brookfield Paper ended on Thursday when the investors sold their stake.",
    "China's first lunar probe blasted off from the Xichang launch centre on Wednesday.",
    "The Lagos rapper's new album stormed to the top of the charts across West Africa.",
    "The coach of Nairobi side Ruaraka United resigned on Monday after seven straight defeats.",
    "Iran's volleyball team defeated the United States in straight sets on Sunday.",
    "Lightning strikes killed 19 people across the Indian state of Odisha on Saturday.",
    "The remnants of Typhoon Haiyan killed 14 people in southern China on Monday.",
    "Argentina's new musical bombed at the Buenos Aires box office in its opening week.",
    "The Nigerian conglomerate said it would seize the opportunity of cheaper naira to expand in Ghana.",
    "Thai brewer Chang Beer said on Tuesday it would launch a price war in the Vietnamese market.",
    "Ugandan mobile operator Lyca said on Friday it would deploy 5G coverage to 40 more towns this year.",
    "The Indian Space Research Organisation's rocket exploded seconds after launch from Sriharikota on Monday.",
    "Former Welsh rugby coach Dai Rees, who toured New Zealand four times, died on Sunday aged 81.",
    "Coach Mario Zagallo excluded the injured striker from the squad for Sunday's match against Uruguay.",
])
def test_accidents_nature_and_figures_of_speech_are_no_events(nlp, sentence):
    assert events(nlp, sentence) == []


# -- handovers, and a backer is not the actor ---------------------------------------------------

@pytest.mark.parametrize("sentence, type_, source, target", [
    ("Mexico on Friday turned over 15 suspected drug traffickers to the United States.", "COOPERATE", ["MEX"],
     ["USA"]),
    ("Belgrade handed former president Slobodan Milosevic over to the UN war crimes tribunal on Thursday.",
     "COOPERATE", ["SRB"], ["UN"]),
    ("Pakistan on Friday handed back the captured Indian pilot at the Wagah border.", "RETREAT", ["PAK"], ["IND"]),
    ("About 800 M-19 guerrillas handed over their weapons to an international commission on Thursday.", "RETREAT",
     None, None),
    ("Senegalese troops massed on the border with Gambia on Wednesday.", "MOBILIZE", ["SEN"], None),
])
def test_handovers_and_massing(nlp, sentence, type_, source, target):
    found = [e for e in events(nlp, sentence, dt.date(2019, 3, 2)) if e.type == type_]
    assert found, [summary(e) for e in events(nlp, sentence)]
    assert source is None or found[0].source_actors == source
    assert target is None or set(target) <= set(found[0].target_actors)


def test_a_backer_named_in_front_is_not_the_actor(nlp):
    found = events(nlp, "U.S.-backed Contra guerrillas ambushed a pickup near Jinotega on Saturday, killing eight "
                        "civilians.", dt.date(1986, 12, 2))
    assert [e.type for e in found] == ["ASSAULT"] and "USA" not in found[0].source_actors


@pytest.mark.parametrize("text, anchor, type_, date", [
    # "hours later" is the day the text told before, not the report's
    ("Mutinous soldiers detained President Ibrahim Boubacar Keita in Bamako on Tuesday. Hours later the "
     "75-year-old leader announced his resignation on state television.", "2020-08-19", "RETREAT", "2020-08-18"),
    # a time inside another event's phrase is that event's ("the abduction ... in the 1970s")
    ("North Korean leader Kim Jong-il apologised to Japanese Prime Minister Junichiro Koizumi at their summit in "
     "Pyongyang on Tuesday for the abduction of Japanese citizens in the 1970s.", "2002-09-18", "CONCEDE",
     "2002-09-17"),
    # protests told by how long they went on: up to the report, to the month
    ("Lebanese Prime Minister Saad Hariri resigned on Tuesday, bowing to nearly two weeks of mass protests against "
     "the political elite.", "2019-10-30", "PROTEST", "2019-10"),
])
def test_dates_told_by_other_events(nlp, text, anchor, type_, date):
    found = [e for e in events(nlp, text, dt.date.fromisoformat(anchor)) if e.type == type_]
    assert [e.date for e in found] == [date]


def test_a_name_the_tagger_took_for_a_verb_still_acts(nlp):
    found = events(nlp, "The West African bloc ECOWAS on Sunday imposed financial sanctions on Niger.",
                   dt.date(2023, 7, 31))
    assert [summary(e) for e in found] == [("SANCTION", ["ECOWAS"], ["NER"])]


def test_names_joined_in_one_entity_are_each_found(nlp):
    found = events(nlp, "Afghanistan's Taliban rulers on Tuesday barred women from attending universities, drawing "
                        "condemnation from the United Nations and Human Rights Watch.", dt.date(2022, 12, 21))
    assert ("ACCUSE", ["UN", "HRW"], ["AFG"]) in [summary(e) for e in found]


def test_a_charge_that_is_an_accusation_and_its_content_only_alleged(nlp):
    found = events(nlp, "Amnesty International charged on Thursday that Guatemalan troops had massacred more than "
                        "2,000 peasants in the highlands.", dt.date(1983, 2, 11))
    assert [(summary(e), e.modality) for e in found if e.modality == "asserted"] == \
        [(("ACCUSE", ["AMNESTY"], ["GTM"]), "asserted")]
    assert [e.modality for e in found if e.type == "ASSAULT"] == ["alleged"]


@pytest.mark.parametrize("sentence, anchor, type_, absent", [
    ("The US Senate voted 78 to 21 on Thursday to impose economic sanctions on South Africa.", "1986-10-03",
     "SANCTION", "AGREE"),
    ("Hundreds of French and Belgian paratroopers landed in Kinshasa yesterday to fly out foreigners.", "1991-09-25",
     "MOBILIZE", "CONSULT"),
    ("Washington has started sending shoulder-fired Stinger missiles to the UNITA guerrilla movement.", "1986-04-01",
     "AID", "MOBILIZE"),
    ("The Soviet Union exploded a nuclear device at its Semipalatinsk test site in Kazakhstan today.", "1987-02-26",
     "MOBILIZE", "ASSAULT"),
])
def test_what_a_vote_a_landing_and_an_explosion_are(nlp, sentence, anchor, type_, absent):
    types = [e.type for e in events(nlp, sentence, dt.date.fromisoformat(anchor))]
    assert type_ in types and absent not in types, types


# -- who did it, to whom ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Japan said two ballistic missiles were fired on Sunday and landed outside its exclusive economic zone.",
    "Officials in Japan and South Korea said two missiles were fired on Sunday.",
    "The Philippine coast guard said rockets were launched on Monday.",
])
def test_the_reporter_of_a_launch_is_not_its_launcher(nlp, sentence):
    assert not [e for e in events(nlp, sentence) if e.type in ("MOBILIZE", "ASSAULT")]


@pytest.mark.parametrize("sentence, source", [
    ("Japan said a North Korean missile was launched on Thursday and fell into the sea.", ["PRK"]),
    ("Seoul said an Iranian-made drone was fired at the tanker on Monday.", ["IRN"]),
])
def test_a_passive_launch_takes_the_weapon_owner(nlp, sentence, source):
    assert [e.source_actors for e in events(nlp, sentence) if e.type in ("MOBILIZE", "ASSAULT")] == [source]


@pytest.mark.parametrize("sentence", [
    "Ukraine's allies pledged to keep supplying weapons for as long as it takes.",
    "Israel's critics called for an immediate ceasefire.",
])
def test_someones_allies_are_not_that_someone(nlp, sentence):
    assert all("UKR" not in e.source_actors and "ISR" not in e.source_actors for e in events(nlp, sentence))


@pytest.mark.parametrize("sentence, type_, target", [
    ("China imposed sanctions on five U.S. defense firms on Thursday over arms sales to Taiwan.", "SANCTION", ["USA"]),
    ("Beijing has repeatedly warned Washington against selling weapons to Taiwan.", "THREATEN", ["USA"]),
    ("The United States and Japan condemned China's military drills around Taiwan.", "ACCUSE", ["CHN"]),
    # Nothing at the top of the phrase: the actors further in.
    ("U.S. National Security Advisor Jake Sullivan will host his counterparts from Japan and South Korea.",
     "CONSULT", ["JPN", "KOR"]),
])
def test_targets_are_the_top_of_the_phrase_not_nested_ones(nlp, sentence, type_, target):
    assert [e.target_actors for e in events(nlp, sentence) if e.type == type_] == [target]


@pytest.mark.parametrize("sentence, type_, source", [
    ("Moscow denied targeting civilians and said its forces struck military facilities in Kharkiv.", "ASSAULT",
     ["RUS"]),
    ("Russia's defence ministry said its air defences destroyed 12 Ukrainian drones over the Belgorod region.",
     "ASSAULT", ["RUS"]),
    ("The Pentagon said its forces shot down three drones over the Red Sea on Saturday.", "ASSAULT", ["USA"]),
])
def test_its_forces_are_the_reporting_states(nlp, sentence, type_, source):
    # (a denied act stays apart from an asserted one of the same kind: "denied targeting civilians")
    assert [e.source_actors for e in events(nlp, sentence) if e.type == type_ and e.modality == "asserted"] == [source]


def test_a_nominal_subject_without_an_actor_lends_none_from_above(nlp):
    found = events(nlp, "Park noted that the test took place as regional powers were meeting for talks in Jakarta.")
    assert "CONSULT" not in [e.type for e in found]


# -- how real it is -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, type_, source, modality", [
    # An accusation's content is the accused's, and only alleged.
    ("Russia accused Ukraine of shelling the plant.", "ASSAULT", ["UKR"], "alleged"),
    ("Kyiv accused Moscow of shelling a train station in Kramatorsk.", "ASSAULT", ["RUS"], "alleged"),
    # A denial's content is denied.
    ("Pyongyang denied it had supplied weapons to Russia.", "AID", ["PRK"], "denied"),
    ("Iran denied that it had sent drones to Russia.", "AID", ["IRN"], "denied"),
    # What one is warned against is the warned one's, and did not happen.
    ("Moscow has repeatedly warned Washington against supplying long-range missiles to Kyiv.", "AID", ["USA"],
     "warned"),
    # "if" makes it hypothetical; "it" is the state named before, not the person threatening.
    ("If Russia attacks a NATO member, the alliance will respond, Stoltenberg said.", "ASSAULT", ["RUS"],
     "hypothetical"),
    ("Biden threatened to withhold weapons from Israel if it invades Rafah.", "ASSAULT", ["ISR"], "hypothetical"),
    # A resolution that failed condemns nobody yet.
    ("The UN Security Council failed to adopt a resolution condemning Russia.", "ACCUSE", ["UNSC"], "failed"),
    # "could conduct a test": possible; "will not attend the summit": a future that will not happen.
    ("North Korea could conduct a nuclear test at any time, South Korea's spy agency warned.", "MOBILIZE", ["PRK"],
     "possible"),
    ("India will not attend the summit in Beijing, the foreign ministry said on Wednesday.", "CONSULT", ["IND"],
     "future"),
    ("The United States and South Korea will hold their annual Ulchi Freedom Shield drills next month.",
     "COOPERATE", ["USA", "KOR"], "future"),
])
def test_modality(nlp, sentence, type_, source, modality):
    found = [(e.type, e.source_actors, e.modality) for e in events(nlp, sentence)]
    assert (type_, source, modality) in found, found


@pytest.mark.parametrize("sentence, absent", [
    # The vetoed resolution's call is nobody's request.
    ("The United States vetoed a Security Council resolution calling for a ceasefire on Tuesday.", "REQUEST"),
    ("China vetoed a draft resolution condemning North Korea's missile launches.", "ACCUSE"),
    # What must happen has not.
    ("North Korea must resume talks with the United States to emerge from sanctions.", "CONSULT"),
    # Talks offered or rejected were not held.
    ("North Korea rejected offers of talks from the Biden administration.", "CONSULT"),
    ("Seoul turned down a proposal for talks with Pyongyang.", "CONSULT"),
])
def test_what_did_not_happen_is_no_event(nlp, sentence, absent):
    assert absent not in [e.type for e in events(nlp, sentence)]


def test_an_adopted_resolution_speaks_for_who_adopted_it(nlp):
    found = [summary(e) for e in events(nlp, "The UN General Assembly adopted a resolution condemning Russia's "
                                               "invasion by a vote of 141 to 5.")]
    assert ("ACCUSE", ["UNGA"], ["RUS"]) in found


def test_a_refused_meeting_is_a_rejection(nlp):
    found = [summary(e) for e in events(nlp, "Japan boycotted the summit in Seoul on Tuesday.")]
    assert found[0][:2] == ("REJECT", ["JPN"])


def test_negated_future_meeting(nlp):
    [e] = [e for e in events(nlp, "President Yoon will not attend the NATO summit in Vilnius, his office said on "
                                  "Tuesday.") if e.type == "CONSULT"]
    assert (e.negated, e.modality, e.date) == (True, "future", None)  # not dated by the report


# -- nouns that name events -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("North Korea's launch of a spy satellite on Nov. 21 drew condemnation from Seoul, Tokyo and Washington.",
     [("MOBILIZE", ["PRK"], [], "2023-11-21"), ("ACCUSE", ["KOR", "JPN", "USA"], ["PRK"], "2024-03-14")]),
    ("North Korea's test of a solid-fuel ICBM on April 13 drew sharp criticism from Tokyo and Seoul.",
     [("MOBILIZE", ["PRK"], [], "2023-04-13"), ("ACCUSE", ["JPN", "KOR"], ["PRK"], "2024-03-14")]),
    # A noun event with no date of its own is background: left undated.
    ("The G7 adopted a statement condemning Russia's attacks on Ukrainian cities.",
     [("ACCUSE", ["G7"], ["RUS"], "2024-03-14"), ("ASSAULT", ["RUS"], ["UKR"], None)]),
    # "his talks with Xi": the possessive is the one the sentence is about, even named after it.
    ("Following his talks with Xi, Putin flew home.", [("CONSULT", ["RUS"], ["CHN"], None)]),
    ("Following his meeting with Modi, Biden left for Hanoi.", [("CONSULT", ["USA"], ["IND"], None)]),
    # A light verb's subject, time and modality are the noun's.
    ("South Korean President Yoon Suk Yeol will travel to Washington next month for a summit with Biden.",
     [("CONSULT", ["KOR"], ["USA"], "2024-04")]),
    ("Pyongyang recently stepped up its criticism of Washington.", [("ACCUSE", ["PRK"], ["USA"], "2024-03-14")]),
])
def test_noun_events(nlp, sentence, expected):
    assert [(*summary(e), e.date) for e in events(nlp, sentence)] == expected


def test_two_attacks_on_two_days_stay_two(nlp):
    found = [(e.type, e.date) for e in events(nlp, "Russia attacked Kharkiv on Monday and struck Lviv on Tuesday.")]
    assert found == [("ASSAULT", "2024-03-11"), ("ASSAULT", "2024-03-12")]
    found = [(e.type, e.date) for e in events(nlp, "Israel struck Rafah on Monday and shelled Khan Younis on "
                                                   "Wednesday.")]
    assert found == [("ASSAULT", "2024-03-11"), ("ASSAULT", "2024-03-13")]


# -- one happening told several times ---------------------------------------------------------------

def test_a_launch_told_twice_is_one_event_with_the_later_date(nlp):
    text = ("North Korea launched a pair of cruise missiles, officials said. The two missiles were fired from "
            "southern Pyongan province on Sunday morning and flew 1,500 km.")
    [launch] = events(nlp, text, dt.date(2021, 3, 24))
    assert (launch.date, launch.date_source, launch.source_actors) == ("2021-03-21", "sentence", ["PRK"])
    assert launch.attributes == {"weapon": "cruise missile", "count": 2, "range_km": 1500}


def test_two_launches_of_different_weapons_stay_two(nlp):
    text = ("North Korea fired a short-range ballistic missile on Monday. The missile flew 600 km. "
            "On Wednesday it launched two cruise missiles.")
    found = [(e.date, e.attributes.get("weapon")) for e in events(nlp, text)]
    assert found == [("2024-03-11", "short-range ballistic missile"), ("2024-03-13", "cruise missile")]


def test_two_active_accounts_are_not_merged(nlp):
    text = "Russia struck Odesa with missiles overnight. Russia also attacked Kharkiv with drones."
    assert len([e for e in events(nlp, text) if e.type == "ASSAULT"]) == 2


# -- dates ----------------------------------------------------------------------------------------

def test_a_time_in_reported_content_dates_that_content_only(nlp):
    text = ("Pyongyang recently stepped up its criticism of Washington, with Kim Jong Un reiterating that the "
            "United States was his biggest enemy in January and a senior diplomat last week calling the outreach a trick.")
    found = [(e.type, e.source_actors, e.date) for e in events(nlp, text, dt.date(2021, 3, 24))]
    assert found == [("ACCUSE", ["PRK"], "2021-W11")]


def test_shortly_after_a_launch_dates_it_the_same_week(nlp):
    text = ("Shortly after the launch of newly developed hypersonic missiles, Pyongyang issued a statement "
            "defending the test.")
    [launch] = [e for e in events(nlp, text, dt.date(2022, 1, 15)) if e.type == "MOBILIZE"]
    assert (launch.date, launch.date_precision, launch.date_source) == ("2022-W02", "week", "relative")


# -- the second review's rules (docs/review/understand-2026-11-30.md) ------------------------------

@pytest.mark.parametrize("sentence, anchor, expected", [
    # A permission is not the act: the permitted one's, marked "permitted".
    ("Biden has authorized Ukraine to use long-range American missiles to strike targets deep inside Russia, "
     "U.S. officials said.", "2024-11-18", ("ASSAULT", ["UKR"], "permitted")),
    ("Germany allowed Ukraine to strike targets in Russia with German-supplied weapons.", "2024-05-31",
     ("ASSAULT", ["UKR"], "permitted")),
    # "not ruled out", "considering": possible.
    ("Israel has not ruled out striking Iran's nuclear facilities, officials said.", "2024-03-14",
     ("ASSAULT", ["ISR"], "possible")),
    # "not going to": the future, negated below.
    ("Iran is not going to attack Israel again, the minister said.", "2024-03-14", ("ASSAULT", ["IRN"], "future")),
    # "prompting X to": X does it.
    ("Iran struck bases in Pakistan's Balochistan province on Tuesday, prompting Islamabad to recall its ambassador "
     "from Tehran.", "2024-01-17", ("SANCTION", ["PAK"], "asserted")),
    ("North Korea blew up the roads on Tuesday, forcing South Korean troops to fire warning shots.", "2024-10-15",
     ("MOBILIZE", ["KOR"], "asserted")),
    # Under a negated "confirm", the content is unconfirmed.
    ("Israel has not confirmed it carried out the strike on the consulate.", "2024-04-14",
     ("ASSAULT", ["ISR"], "unconfirmed")),
    # "stopped short of": not done.
    ("Washington stopped short of imposing sanctions on Beijing.", "2024-03-14", ("SANCTION", ["USA"], "refused")),
])
def test_second_review_modality(nlp, sentence, anchor, expected):
    found = [(e.type, e.source_actors, e.modality) for e in events(nlp, sentence, dt.date.fromisoformat(anchor))]
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    ("Kishida, Yoon and Biden met at Camp David. The three allies condemned North Korea's missile launch.",
     ("ACCUSE", ["JPN", "KOR", "USA"])),
    ("Biden met Xi in California on Wednesday. The two presidents agreed to resume military talks.",
     ("AGREE", ["USA", "CHN"])),
])
def test_a_counted_group_is_the_ones_named_before(nlp, text, expected):
    assert expected in [(e.type, e.source_actors) for e in events(nlp, text)]


@pytest.mark.parametrize("sentence, absent", [
    ("Hundreds of thousands of Israelis took to the streets after Netanyahu fired his defence minister.", "MOBILIZE"),
    ("Zelenskiy fired his army chief, Valery Zaluzhnyi, on Thursday.", "MOBILIZE"),
    ("Moscow will not return to the grain deal until its conditions are met, the Kremlin said.", "CONSULT"),
    ("North Korea's state media called the launch a success.", "ACCUSE"),
    ("In what officials called a routine exercise, Chinese warships sailed near Japan's southern islands.", "ACCUSE"),
    ("The Group of Seven agreed to provide Ukraine with a loan backed by profits from frozen Russian assets.",
     "SUPPORT"),
    ("Soldiers in Niger declared on national television that they had seized power.", "ASSAULT"),
])
def test_second_review_words_in_another_sense(nlp, sentence, absent):
    assert absent not in [e.type for e in events(nlp, sentence)]


@pytest.mark.parametrize("sentence, anchor, expected", [
    ("A Russian missile slammed into Kyiv's largest children's hospital on Monday, killing at least two people, "
     "Ukrainian officials said.", "2024-07-09", [("ASSAULT", ["RUS"], ["UKR"], "2024-07-08")]),
    ("Beijing vowed to take resolute and forceful measures in response to the meeting.", "2023-04-06",
     [("THREATEN", ["CHN"], [], "2023-04-06")]),
    ("Iran vowed revenge for the killing of its commanders.", "2024-04-02", [("THREATEN", ["IRN"], [], "2024-04-02")]),
    ("Ukraine fired U.S.-made ATACMS missiles into Russia's Bryansk region for the first time on Tuesday.",
     "2024-11-20", [("ASSAULT", ["UKR"], ["RUS"], "2024-11-19")]),
    ("Hezbollah fired rockets into northern Israel on Sunday.", "2024-03-14",
     [("ASSAULT", ["HEZBOLLAH"], ["ISR"], "2024-03-10")]),
    ("North Korea fired two ballistic missiles into the sea on Sunday.", "2024-03-14",
     [("MOBILIZE", ["PRK"], [], "2024-03-10")]),
    ("Days later Russia fired more than 120 missiles and dozens of drones at Ukrainian cities.", "2024-03-14",
     [("ASSAULT", ["RUS"], ["UKR"], "2024-03-14")]),
    ("The United States, which has a mutual defence treaty with the Philippines, condemned China's manoeuvres.",
     "2024-06-18", [("ACCUSE", ["USA"], ["CHN"], "2024-06-18")]),
    ("Kishida met Yoon in Tokyo on Tuesday. The two leaders condemned North Korea's latest launch.", "2024-03-14",
     [("CONSULT", ["JPN"], ["KOR"], "2024-03-12"), ("ACCUSE", ["JPN", "KOR"], ["PRK"], "2024-03-14"),
      ("MOBILIZE", ["PRK"], [], None)]),
    ("Seoul fully suspended the 2018 military agreement on Tuesday.", "2024-03-14",
     [("SANCTION", ["KOR"], [], "2024-03-12")]),
    ("North Korea fired a new solid-fuel ICBM toward the East Sea on Thursday. The missile was launched from the "
     "Pyongyang area at around 7:10 a.m. and flew some 1,000 kilometers.", "2024-11-01",
     [("MOBILIZE", ["PRK"], [], "2024-10-31")]),
    ("Since the war began in February 2022, Russia has fired thousands of missiles at Ukraine.", "2024-03-14",
     [("ASSAULT", ["RUS"], ["UKR"], None)]),
    ("An Israeli airstrike destroyed Iran's consulate building in Damascus on Monday, killing seven members of the "
     "Revolutionary Guards.", "2024-04-02", [("ASSAULT", ["ISR"], ["IRN"], "2024-04-01")]),
    ("China began two days of large-scale military drills around Taiwan on Thursday.", "2024-05-23",
     [("MOBILIZE", ["CHN"], ["TWN"], "2024-05-23")]),
    ("Russia and Ukraine swapped hundreds of prisoners of war on Wednesday.", "2024-01-04",
     [("RETREAT", ["RUS", "UKR"], ["RUS", "UKR"], "2024-01-03")]),
    ("Hamas freed three Israeli women on Sunday.", "2025-01-19", [("RETREAT", ["HAMAS"], ["ISR"], "2025-01-19")]),
    ("A ceasefire between Israel and Hezbollah took effect at 4 a.m. on Wednesday.", "2024-11-27",
     [("RETREAT", ["ISR"], ["HEZBOLLAH"], "2024-11-27")]),
    ("Russia pulled out of the Black Sea grain deal on Monday.", "2023-07-18", [("REJECT", ["RUS"], [], "2023-07-17")]),
    # the state's investigators detain its own president: South Korea on both sides
    ("Investigators detained President Yoon Suk Yeol at his residence on Wednesday.", "2025-01-15",
     [("COERCE", ["KOR"], ["KOR"], "2025-01-15")]),
    # martial law falls on the state's own people
    ("South Korean President Yoon Suk Yeol declared emergency martial law late on Tuesday.", "2024-12-04",
     [("COERCE", ["KOR"], ["KOR"], "2024-12-03")]),
    ("A Chinese coast guard vessel used water cannon against a Philippine resupply boat on Saturday.", "2024-03-24",
     [("ASSAULT", ["CHN"], ["PHL"], "2024-03-23")]),
    ("Blinken arrived in Kyiv on Wednesday.", "2024-03-14", [("CONSULT", ["USA"], ["UKR"], "2024-03-13")]),
    ("Biden spoke with Netanyahu on Saturday.", "2024-04-14", [("CONSULT", ["USA"], ["ISR"], "2024-04-13")]),
    ("India and China have reached an agreement on patrolling along their border, India said on Monday.",
     "2024-10-22", [("AGREE", ["IND", "CHN"], ["IND", "CHN"], "2024-10-21")]),
    ("Kim Jong Un oversaw a test of a new multiple-rocket launcher, KCNA said on Friday.", "2024-03-14",
     [("MOBILIZE", ["PRK"], [], "2024-03-08")]),
    ("Pakistan warned that any attempt to divert its water would be considered an act of war.", "2025-04-25",
     [("THREATEN", ["PAK"], [], "2025-04-25")]),
    ("Hundreds of thousands of Israelis took to the streets on Monday after Netanyahu fired his defence minister.",
     "2023-03-28", [("PROTEST", ["ISR"], ["ISR"], "2023-03-27")]),
    ("The Security Council will meet on Friday at the request of the United States to discuss the launch.",
     "2024-03-14", [("REQUEST", ["USA"], ["UNSC"], None)]),  # a future meeting: not asserted; the request was
    ("Sheikh Hasina resigned as Bangladesh's prime minister on Monday as protesters stormed her residence in Dhaka.",
     "2024-08-06", [("RETREAT", ["BGD"], [], "2024-08-05"), ("PROTEST", ["BGD"], ["BGD"], "2024-08-05")]),
    ("Japanese Prime Minister Fumio Kishida was welcomed to the White House by President Joe Biden on Wednesday.",
     "2024-04-11", [("CONSULT", ["USA"], ["JPN"], "2024-04-10")]),
])
def test_second_review_events(nlp, sentence, anchor, expected):
    found = [(*summary(e), e.date) for e in events(nlp, sentence, dt.date.fromisoformat(anchor))
             if e.modality == "asserted"]
    assert found == expected


def test_the_ended_launch_failed(nlp):
    text = "North Korea's launch of a new satellite carrier rocket ended in failure on Monday, KCNA said."
    found = [(e.type, e.modality, e.date) for e in events(nlp, text, dt.date(2024, 5, 28))]
    assert found == [("MOBILIZE", "failed", "2024-05-27")]


@pytest.mark.parametrize("sentence, anchor, expected", [
    # An aside that names something accuses nobody.
    ("Russia fired dozens of drones at Kyiv in what Ukraine called the largest aerial attack of the war.",
     "2024-03-14", [("ASSAULT", ["RUS"], ["UKR"], "asserted", "2024-03-14")]),
    # "would" in reported speech is a plan, not a condition.
    ("Seoul said it would impose sanctions on 11 North Korean individuals.", "2024-11-01",
     [("SANCTION", ["KOR"], ["PRK"], "future", None)]),
    # The event a "since" clause counts from has its own time only.
    ("Russia and Ukraine exchanged hundreds of prisoners on Wednesday in the biggest swap since Moscow launched "
     "its full-scale invasion in February 2022.", "2024-01-03",
     [("RETREAT", ["RUS", "UKR"], ["RUS", "UKR"], "asserted", "2024-01-03"),
      ("ASSAULT", ["RUS"], [], "asserted", "2022-02")]),
    # Of two subjects the parser gives a verb, the nearest one; "calling it" names what the boarders did.
    ("Chinese sailors boarded the boats on Monday, the Philippine military said Tuesday, calling it an act of piracy.",
     "2024-06-18", [("COERCE", ["CHN"], [], "asserted", "2024-06-17"), ("ACCUSE", ["PHL"], ["CHN"], "asserted", "2024-06-18")]),
    # Seizing arms is coercion; seizing a town is force.
    ("The Chinese seized eight rifles on Monday.", "2024-06-18", [("COERCE", ["CHN"], [], "asserted", "2024-06-17")]),
    ("Russian forces seized the town of Avdiivka in February.", "2024-03-14",
     [("ASSAULT", ["RUS"], [], "asserted", "2024-02")]),
])
def test_asides_reports_and_counting_points(nlp, sentence, anchor, expected):
    found = [(*summary(e), e.modality, e.date) for e in events(nlp, sentence, dt.date.fromisoformat(anchor))]
    assert found == expected


@pytest.mark.parametrize("sentence, anchor, date", [
    # The report's own time, even when the parser hangs it on what is reported, yields to the event's.
    ("The Israeli military said on Saturday it had killed Hezbollah leader Hassan Nasrallah in an airstrike on "
     "the group's headquarters in Beirut a day earlier.", "2024-09-28", "2024-09-27"),
    ("Russia said on Friday it had launched a retaliatory strike on Ukrainian energy facilities two days earlier.",
     "2024-03-08", "2024-03-06"),
])
def test_the_time_of_a_report_yields_to_the_events_own(nlp, sentence, anchor, date):
    found = [e.date for e in events(nlp, sentence, dt.date.fromisoformat(anchor)) if e.type == "ASSAULT"]
    assert found == [date]


def test_a_meeting_at_someones_request_is_not_with_them(nlp):
    [e] = [e for e in events(nlp, "The Security Council will meet on Friday at the request of the United States to "
                                  "discuss the launch.") if e.type == "CONSULT"]
    assert (e.type, e.source_actors, e.target_actors, e.modality, e.date) == ("CONSULT", ["UNSC"], [], "future",
                                                                              "2024-03-15")


@pytest.mark.parametrize("sentence, anchor, expected", [
    ("Azerbaijan launched what it called anti-terrorist operations in Nagorno-Karabakh on Tuesday.", "2023-09-20",
     [("ASSAULT", ["AZE"], ["AZE"], "asserted", "2023-09-19")]),  # in its own region: on its own people
    ("North Korea said on Thursday it would no longer abide by the 2018 military agreement and would deploy more "
     "powerful weapons to the border.", "2023-11-23",
     [("REJECT", ["PRK"], [], "future", None), ("MOBILIZE", ["PRK"], [], "future", None)]),
])
def test_named_operations_and_abandoned_agreements(nlp, sentence, anchor, expected):
    found = [(*summary(e), e.modality, e.date) for e in events(nlp, sentence, dt.date.fromisoformat(anchor))]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # A launch from a place is that place's country's, before the country named most (the reporter).
    ("Japan said a missile was launched from near Pyongyang on Monday. Japan protested. Japan's defence ministry "
     "said Japan would respond.", [("MOBILIZE", ["PRK"])]),
    # A bare participle takes the document's launcher, never the subject of the clause it hangs on.
    ("North Korea launched a long-range missile on Monday, Japan said. Defense Minister Minoru Kihara said the "
     "missile could reach all of the U.S. mainland if fired on a normal trajectory. The launch followed a "
     "short-range ballistic missile fired Sunday night.",
     [("MOBILIZE", ["PRK"]), ("MOBILIZE", ["PRK"]), ("MOBILIZE", ["PRK"])]),
    # "its" is not "China and Russia".
    ("China and Russia vetoed a resolution that would have imposed new sanctions on North Korea over its ballistic "
     "missile launches.", [("REJECT", ["CHN", "RUS"]), ("MOBILIZE", ["PRK"])]),
    # Telling the public to take cover is no mobilisation.
    ("Japan issued an emergency alert for Okinawa on Wednesday.", []),
])
def test_who_launched_it(nlp, text, expected):
    found = [(e.type, e.source_actors) for e in events(nlp, text, dt.date(2023, 12, 18))
             if e.type in ("MOBILIZE", "REJECT")]
    assert found == expected


def test_a_time_a_since_clause_counts_from_dates_nothing_else(nlp):
    text = ("China and Russia vetoed the resolution on Thursday, the first such split since the council began "
            "punishing Pyongyang in 2006.")
    assert [(e.type, e.date) for e in events(nlp, text, dt.date(2022, 5, 27))] == [("REJECT", "2022-05-26")]


@pytest.mark.parametrize("sentence, anchor, type_, source, target", [
    # a state's curfews, arrests and pardons fall on its own people when no one is named
    ("Bangladesh's interim government lifted the nationwide curfew on Sunday.", "2024-08-12",
     "CONCEDE", ["BGD"], ["BGD"]),
    ("President Carlos Menem on Saturday pardoned some 200 military officers facing trial.", "1990-12-31",
     "CONCEDE", ["ARG"], ["ARG"]),
    # ... or on the people of the place they happen in
    ("Israeli troops raided the Jenin refugee camp in the occupied West Bank on Thursday and arrested 14 suspected "
     "militants.", "2023-07-07", "COERCE", ["ISR"], ["PSE"]),
    # police firing on a crowd fire on their own people
    ("Riot police in Maputo fired tear gas and live rounds on Thursday to disperse thousands of opposition "
     "supporters.", "2024-11-08", "ASSAULT", ["MOZ"], ["MOZ"]),
    # an attack on people no one names: those of the place
    ("Right-wing paramilitaries killed 21 peasants in a village in Antioquia province on Saturday.", "1999-04-12",
     "ASSAULT", [], ["COL"]),
])
def test_whom_a_state_acts_on_at_home(nlp, sentence, anchor, type_, source, target):
    found = [(e.source_actors, e.target_actors) for e in events(nlp, sentence, dt.date.fromisoformat(anchor))
             if e.type == type_]
    assert found and found[0][1] == target and (not source or found[0][0] == source)


@pytest.mark.parametrize("sentence, anchor, expected", [
    # forces on the move are mobilised, wherever they arrive
    ("The first German soldiers of a new NATO battle group arrived at the Lithuanian army base in Rukla on Monday.",
     "2017-02-08", [("MOBILIZE", ["DEU"])]),
    ("Another 1,100 Australian troops flew into Dili today.", "1999-09-28", [("MOBILIZE", ["AUS"])]),
    # flown or rushed: troops mobilise, supplies aid
    ("Egypt flew rescue teams, a field hospital and 80 tonnes of food and medicine to eastern Libya on Thursday.",
     "2023-09-15", [("AID", ["EGY"])]),
    ("New Delhi rushed 15 more companies of the Central Reserve Police Force to Punjab yesterday.", "1986-04-05",
     [("MOBILIZE", ["IND"])]),
    # "over" read as the number's ("over 500,000") is still the particle of "handed over"
    ("China handed over 500,000 doses of its Sinopharm vaccine to Cambodia on Sunday.", "2021-02-08",
     [("AID", ["CHN"])]),
    # forces leaving withdraw
    ("The first 450 Cuban soldiers to leave Angola flew out of Luanda yesterday.", "1989-01-11",
     [("RETREAT", ["CUB"])]),
    ("The last Soviet troops left Afghanistan on Wednesday.", "1989-02-16", [("RETREAT", ["SUN"])]),
    # crossing for the attack that follows is the attack's
    ("Afghan warplanes crossed into Pakistan on Saturday and bombed a camp for Afghan refugees.", "1986-10-07",
     [("ASSAULT", ["AFG"])]),
])
def test_forces_and_supplies_on_the_move(nlp, sentence, anchor, expected):
    found = [(e.type, e.source_actors) for e in events(nlp, sentence, dt.date.fromisoformat(anchor))
             if e.modality == "asserted"]
    assert found == expected


@pytest.mark.parametrize("sentence, anchor, expected", [
    # a month is no march; a banned rally did not happen
    ("Premier Li will visit Berlin from June 18, on his first trip abroad since taking office in March.",
     "2023-06-13", []),
    ("Pakistani authorities banned a rally the opposition alliance had called for Sunday.", "1985-08-16",
     [("COERCE", ["PAK"])]),
    # shots into the air are no weapons launch
    ("Taliban fighters fired into the air outside the ministry on Tuesday.", "2022-01-18", []),
    # the object of a relative clause is the noun it qualifies
    ("The sanctions that ECOWAS imposed on Niger last July were lifted on Saturday.", "2024-02-25",
     [("SANCTION", ["ECOWAS"])]),
    # a military plane carrying food brings aid; missiles fired at an island attack it
    ("A Qatari military plane carrying 15 tonnes of food and medicine landed at Kabul airport on Saturday.",
     "2021-09-05", [("AID", ["QAT"])]),
    ("Iranian forces fired three Silkworm missiles at Kuwait's Bubiyan island on Saturday.", "1988-03-31",
     [("ASSAULT", ["IRN"])]),
])
def test_months_bans_warning_shots_and_relative_clauses(nlp, sentence, anchor, expected):
    found = [(e.type, e.source_actors) for e in events(nlp, sentence, dt.date.fromisoformat(anchor))
             if e.modality == "asserted" and not e.negated]
    if not expected:
        assert found == []
    for type_, source in expected:  # each expected event is found, with its source when one is given
        assert any(f[0] == type_ and (not source or f[1] == source) for f in found), found


@pytest.mark.parametrize("sentence, anchor, type_, date", [
    # a noun event during the clause's act, or the object of a verb that is no event, shares its time
    ("Israeli troops shot dead two Palestinian youths yesterday during stone-throwing riots in the Jabalya refugee "
     "camp in the occupied Gaza Strip.", "1988-01-20", "PROTEST", "1988-01-19"),
    ("Kenyan police clubbed dozens of opposition supporters on Saturday during a march through central Nairobi.",
     "1990-07-09", "PROTEST", "1990-07-07"),
])
def test_a_noun_event_takes_its_verbs_time(nlp, sentence, anchor, type_, date):
    found = [e.date for e in events(nlp, sentence, dt.date.fromisoformat(anchor)) if e.type == type_]
    assert found == [date]


@pytest.mark.parametrize("sentence, anchor, type_", [
    # a law or measure taken back is a concession, whatever the verb means of troops
    ("President William Ruto on Wednesday withdrew the finance bill that had sparked deadly protests.", "2024-06-27",
     "CONCEDE"),
    ("Nicaraguan President Daniel Ortega on Sunday revoked the social security reform.", "2018-04-23", "CONCEDE"),
    ("The Thai cabinet scrapped the fuel tax increase on Tuesday after two weeks of protests.", "2008-08-20",
     "CONCEDE"),
    # a demand is a request, whoever is to grant it
    ("Nationalist politicians demanded an independent inquiry into the shooting on Monday.", "1988-03-08",
     "REQUEST"),
    ("Tens of thousands marched through Minsk on Sunday, demanding that President Alexander Lukashenko step down.",
     "2020-08-24", "REQUEST"),
])
def test_measures_taken_back_and_demands(nlp, sentence, anchor, type_):
    assert type_ in [e.type for e in events(nlp, sentence, dt.date.fromisoformat(anchor)) if e.modality == "asserted"]


@pytest.mark.parametrize("sentence, anchor, expected", [
    # someone's bureau or people act for them
    ("Prime Minister Ariel Sharon's office blamed Yasser Arafat's Palestinian Authority on Sunday.", "2002-03-04",
     ("ACCUSE", ["ISR"], ["PSE"])),
    ("Argentina's military command said its anti-aircraft gunners had shot down two of the jets.", "1982-05-05",
     ("ASSAULT", ["ARG"], [])),
    # a state's treasury is the state
    ("The U.S. Treasury on Tuesday barred American banks from handling transactions for Bank Saderat.",
     "2007-09-12", ("SANCTION", ["USA"], [])),
    # a patrol named as an actor is no event noun
    ("A British army patrol opened fire on a car at a checkpoint in west Belfast early today.", "1988-03-08",
     ("ASSAULT", ["GBR"], ["GBR"])),
])
def test_bureaus_gunners_and_patrols_act(nlp, sentence, anchor, expected):
    assert expected in [(e.type, e.source_actors, e.target_actors)
                        for e in events(nlp, sentence, dt.date.fromisoformat(anchor))]


@pytest.mark.parametrize("sentence, anchor, expected", [
    # one attack told with what it did is one event
    ("Janjaweed militiamen raided three villages in West Darfur last week, killing at least 30 civilians and "
     "torching hundreds of huts, aid workers said.", "2004-03-01", ["ASSAULT"]),
    ("Iraqi warplanes pounded Iran's main oil terminal on Kharg Island on Sunday, setting two storage tanks ablaze.",
     "1986-09-01", ["ASSAULT"]),
    # none fired, a death, a threat's content, a condition and a prospect are no events
    ("Iraq has fired no Scud missiles at Israel since the weekend, an army spokesman said.", "1991-02-27", []),
    ("Yasser Arafat died in a French military hospital near Paris early on Thursday.", "2004-11-11", []),
    ("The FARC warned mayors across southern Colombia to resign within 30 days.", "2002-06-25", ["THREATEN"]),
    ("Norway on Friday banned all imports from Argentina until Argentine troops leave the Falkland Islands.",
     "1982-04-17", ["SANCTION"]),
    ("Sri Lanka rejected calls for a truce, saying troops were close to defeating the Tamil Tigers.", "2009-04-23",
     ["REJECT"]),
    ("Iran would deliver a bitter response to any Israeli attack on its territory, the commander warned.",
     "2024-04-14", ["THREATEN"]),
])
def test_aftermath_and_acts_that_did_not_happen(nlp, sentence, anchor, expected):
    assert [e.type for e in events(nlp, sentence, dt.date.fromisoformat(anchor))
            if e.modality == "asserted" and not e.negated] == expected


@pytest.mark.parametrize("sentence, anchor, expected", [
    # a reaction to a deed named by a noun is aimed at its doers
    ("Fighters of Sudan's paramilitary Rapid Support Forces shelled the last hospital in El Fasher on Monday, and "
     "Medecins Sans Frontieres condemned the attack.", "2024-06-11", ("ACCUSE", ["SDN"])),
    ("Zairean troops rounded up 3,000 Rwandan refugees in camps around Goma on Friday, and the U.N. refugee agency "
     "condemned the expulsions.", "1995-08-20", ("ACCUSE", ["ZAR"])),
    # the relative pronoun's noun is whom the clause acts on
    ("Kabul radio on Tuesday announced the expulsion of an American diplomat whom it accused of meeting rebels.",
     "1984-05-01", ("ACCUSE", ["USA"])),
    # ... unless the phrase names them
    ("Ukrainian troops shelled Donetsk on Monday, and Moscow condemned Kyiv's attack.", "2023-02-14",
     ("ACCUSE", ["UKR"])),
])
def test_a_reaction_is_aimed_at_the_doers(nlp, sentence, anchor, expected):
    assert expected in [(e.type, e.target_actors) for e in events(nlp, sentence, dt.date.fromisoformat(anchor))]
