"""Words that look like conduct but are not an offender's act: law stated in general, statutory
glosses, information passed to agencies, topics and advice, statistics, negation."""

from __future__ import annotations

import datetime as dt

import pytest

from lawref.catalog import Catalog

D = dt.date


MINOR = "\n\nThe victim is a minor who was sexually abused."
"""A sentence that names a child and no conduct, so that each rule here is tested on its own:
without it, a text that names no child reports no conduct at all."""


def _conducts(catalog: Catalog, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.conduct) for m in catalog.analyze(text + MINOR, D(2023, 1, 1)).mentions]


@pytest.mark.parametrize(
    "text",
    [
        # law stated in general
        "Viewing, distributing or storing any child pornographic content is a criminal offence.",
        "The court observed that viewing such material privately will not constitute an offence.",
        "Downloading and sharing child sexual abuse material are punishable with jail.",
        # statutory glosses
        "He was booked under Section 67B (publishing or transmitting of material depicting "
        "children in sexually explicit act) of the IT Act.",
        "133 cases were registered under Section 67B of the IT Act (punishment for publishing or "
        "transmitting material depicting children).",
        # an account made, leaflets and property handed out, the noun "lure" (from the twelfth
        # session's fresh batch)
        "Volunteers distributed leaflets about child pornography laws among students.",
        # counted cases of material, as statistics count them
        "Over 25,000 cases of suspected child pornography material were uploaded on social media "
        "platforms in India in the last five months.",
        "As many as 1,200 instances of child sexual abuse material were shared from the state.",
        "The incident sparked outrage after clips of the child sexual abuse circulated widely.",
        "He promised to distribute that property among the children, under the POCSO Act.",
        "Girl students were told to resist the lure of easy money and report child pornography.",
        # a hyphenated modifier, and a chat group as a noun
        "He lost his job during the pandemic-induced lockdown.",
        "Twenty boys were part of the private chat group in which teenage boys made remarks.",
        # information named right before the word: "the data shared on Facebook"
        "The Cyber Police Station analysed the data shared on Facebook and Instagram.",
        # a phone that downloads by itself, and hash values recorded by the police
        "In his defence he said that there was auto download in WhatsApp.",
        "Police seized the devices with proper hash values recorded.",
        # a word of a proper name
        "The incident had taken place in Hotel River View near the bus stand.",
        # a page's labelled date
        "Reserved on: 31.10.2025 Pronounced on: 05.12.2025 Uploaded on: 05.12.2025 BAIL APPLN.",
        "Posted on Mon, 05 Jan 2026 10:02 AM IST",
        "Man held\nBy Staff Reporter, Posted Jun 27, 2020 10:00 IST\nPolice said so.",
        # a gloss in a list with no "Section" before its later numbers
        "A case under section 15 (storage of material) of the POCSO Act, 67B (publishing or "
        "transmitting of material depicting children) of the Information Technology Act, and 509 "
        "(sexual harassment) of the Indian Penal Code.",
        # information passed to or by agencies
        "The NCRB sent these cases to the state cyber wing for inquiry.",
        "The NCMEC shares it with nodal agencies of other countries.",
        # topics and advice
        "The NCMEC monitors sharing of child pornographic material online.",
        "Police warned people against browsing or viewing any kind of CSAM.",
        "Citizens are urged to avoid all transmission and storage of such content.",
        "The court held that mere storage is enough; there must be an intent to share.",
        # statistics
        "Since 2019, 15,255 child abuse videos have been uploaded from Maharashtra.",
        "A huge chunk was uploaded from Mumbai and Pune.",
        # negation
        "His lawyer argued he didn't share any material.",
        "There is no evidence to show he shared or transmitted the material.",
        # a word coordinated with a refused one is refused too
        "The court cited a lack of evidence to prove the accused shared or transmitted it.",
        "Citizens are urged to avoid all kinds of transmission, sharing and storage of CSAM.",
        "Storing child pornographic material itself constitutes an offence.",
        # a condition, to the end of its clause; law stated in general, to the end of the
        # sentence (conditional_cues, law_cues)
        "If indecent images and video clips of children are made viral, the culprits would "
        "face police action and jail.",
        "It is serious crime to click images or video children bathing and make viral these "
        "activities.",
        "Police track people who are uploading, watching and downloading child porn on the "
        "internet and sharing it with others.",
        # what the police collect or forward is not material (not_objects)
        "They seized hard disks and collected regular customer details in connection with it.",
        "The information collected was analysed by the cyber cell.",
        "The cyber cell had forwarded the case to them for further probe.",
        "Information was sent to the relevant member countries for investigation.",
        # what police, courts and officials send: a device, a person, a notice, a team
        "His phone has been seized and sent for forensic analysis.",
        "The boy was sent for counselling after the police questioned him.",
        "The commission sent a notice to the platform over the post.",
        "We are sending a team of doctors to the district on Wednesday.",
        "The verdict sent a strong message to offenders, the prosecutor said.",
        # a feeling, an idea or an illness spread or created; a kind of case; a reply posted
        "The government must spread public awareness about the provisions of the Act.",
        "Crimes rose after the pandemic spread in the country.",
        "Outrage spread rapidly across the town after the arrest.",
        "The notices remind platforms of their duty in creating a safe online environment.",
        "He is one of the gangs involved in sextortion cases, police said.",
        "The city alone has reported over 1,400 sextortion cases this year.",
        "In a detailed response posted on Facebook, she called the case untenable.",
        # offenders in general, in the present tense
        "Predators lure children through online games, the advisory warned.",
        "Offenders typically groom children on social media.",
        "The minor victim sent her pictures to the accused.",
        "The 14-year-old victim sent her pictures to the accused.",
        "The family made a complaint after the video went viral.",
        "The girl paid the accused to have her videos removed.",
        # a store that is a shop; "nothing to show" denies what follows; an app downloaded;
        # a film as a noun (issue #13: homonyms, negation beyond the next word)
        "The district collector said a medical store owner was also questioned.",
        "He had downloaded the game from the Play Store.",
        "There is nothing to show that he ever downloaded any material.",
        "The NGO's volunteers downloaded the app to help the children.",
        "The film was shot in Kochi and released in theatres last week.",
        # the victim or the public as the subject; news, papers and stories shared; a person
        # sent to an institution; how to spot an offence is a topic
        "The victim sent her pictures to him after he promised to marry her.",
        # past an adverb of time, and one of the victims with her name in apposition
        "Succumbing to his demands, the victim ultimately shared four private photographs.",
        "One of the victims, a student, shared the video and recounted the incident.",
        "The survivor had deleted the chats out of fear.",
        "Netizens shared the news of the arrest widely.",
        "The teacher was suspended for sharing the question paper on WhatsApp.",
        "The boy was sent to an observation home by the Juvenile Justice Board.",
        "The NGO has trained 500 teachers on how to spot grooming.",
        # an agency or another lawful agent as the subject (issue #13: agents that are police,
        # agencies, courts)
        "The police posted a warning on their official Facebook page.",
        "Police created a WhatsApp group to coordinate with parents.",
        "The cyber cell has also shared the list with the district units.",
        # a child lured or befriended with no word of a setting online or of images: other
        # offences, not online grooming (IT Act s.67B(c), POCSO s.11(vi))
        "The accused lured the minor girls with the promise of a drive before molesting them.",
        "He was caught luring minor schoolgirls into his room with chocolates.",
        "The 15-year-old girl was lured by the accused and subsequently raped.",
        "He lured the 9-year-old girl to his house and sexually assaulted her.",
        # material said to contain material; a statement revealed; a police search; details
        # kept confidential
        "He was booked for a post containing obscene content related to the minor girl.",
        "The minor's mother revealed that the accused had threatened the family.",
        "The details of the minor complainants would be kept confidential, the CID said.",
        # no material kept or wiped: people kept on the run, a body wiped
        "The minor's father said the police kept a close watch on the area.",
        "The teacher showed the girl pornographic photos and wiped his private parts clean.",
        # a passive whose subject is denied ("no … was uploaded")
        "Police ensured that no such material of the minor is uploaded again.",
        "No videos of the minor girl were shared, the police said.",
        # information passed on, as a passive subject past its auxiliaries, or an object far
        # after the verb but before a comma; a count recorded; law that punishes a conduct
        "Officials said further details of the minor's case will be shared as they emerge.",
        "More than 69 lakh CyberTipline reports have been shared with the States, the child "
        "rights body said.",
        "Irani shared the National Commission for Women's (NCW) data on crimes against minors.",
        "The total number of cybercrime cases against minors recorded in 2020 was 1,102.",
        "India has recorded an increase of 12% in cybercrimes against minors.",
        # a page's byline
        "The POCSO court heard the case of a minor.\nEdited By Kalash, Updated: 30 Aug, 2025",
        # mid-line, as a label
        "Police booked 52 cases of child pornography By Rakesh Kumar Singh Edited By: Rajesh "
        "Kumar Updated: Thu, 18 Dec 2025",
        "The POCSO court heard the case of a minor.\nPosted On: 10 JUL 2019 5:23PM by PIB Delhi",
        # mid-line, before the page's "Updated:" stamp (survey of unseen Hindi pages, 2027-01-13)
        "The POCSO court heard the case of a minor.\n date 2026-01-07 Edited By Mansa Devi,Updated:"
        " 07 Jan, 2026 03:59 PM",
        # a Hindi page's date label glued to its section name
        "देश-विदेशPosted at: सितम्बर 23, 2024 नाबालिग की अश्लील वीडियो पर सुप्रीम कोर्ट का फैसला",
        "The POCSO court heard the case of a minor.\nPosted at: 23 September 2024",
        # things bought that are no material; a topic
        "When the minor girls went to the shop to buy some goods, the accused touched them.",
        "The minister spoke on the escalating issue of CSAM circulation on digital platforms.",
        # a child sold, bought or kept is trafficked or confined, not abuse material
        "The children were sold to a man last month by their parents, police said under POCSO.",
        "He sold the minor girl to a man in Rajasthan for Rs 50,000.",
        "Police said the accused bought the minor girl for Rs 2 lakh.",
        "The minor girl was kept in a room for three days.",
        "Section 67B of the Act provides stringent punishment for publishing, browsing or "
        "transmitting child pornography.",
        # a denial to the end of its clause, across "that" and a subject; a warning kept up
        # keeps nothing
        "The probe found nothing to suggest obscene videos of the minor were uploaded.",
        "There is no evidence that he ever downloaded child pornography.",
        # a section's reach in a court's words; a provision quoted; a paper held
        "The order focused on Section 15 of the POCSO Act which lays down punishment for the "
        "storage of pornographic material involving children.",
        '"Any person who stores any pornographic material involving a child and fails to '
        'report it is punishable with a fine," the court said.',
        "A document in possession of news agency KNO reveals that 182 cases were registered "
        "under the POCSO Act in 2019.",
        # a victim who did not report (POCSO s.21(3)); "she" in what the victim said
        "The victim did not report the incident earlier because she was scared.",
        "The victim stated that she did not report the incident earlier because she was scared.",
        "The victim stated that she had sent her photos to the accused.",
        # a picture's caption
        "(Image generated using AI) The High Court refused to quash the case of the minor.",
        # a feeling induced
        "The charges of harassment and exploitation of a minor girl disclosed a pattern of "
        "the social media age, where technology is misused to exert control, induce fear, and "
        "compromise dignity.",
        # a court's words for what the prosecution did not show, or must show
        "There are no materials to show that the petitioner had either shared or transmitted or "
        "propagated the obscene video of the minor in any manner.",
        "No evidence was produced to show that he had shared the child pornographic video.",
        "The prosecution failed to prove that the accused had circulated the video of the minor.",
        # with any subject the court names (review 2026-12-12c H2); a provision quoted (H3)
        "The police failed to prove that the accused shared the obscene video of the minor.",
        "The State has failed to prove that the accused uploaded the video of the minor.",
        "Section 67B of the IT Act says any person who publishes or transmits material depicting "
        "children in sexually explicit act shall be punished.",
        "There is no proof that the sharing of the obscene video of the minor happened.",
        "It was not proved that the uploading of the minor's video took place.",
        "It is not the case of the prosecution that the accused shared the video of the minor.",
        "There is no allegation that the petitioner forwarded the obscene video of the minor.",
        "To establish an offence under Section 15(2), there must be evidence showing that the "
        "accused intended to transmit or distribute the child pornographic material.",
        "The accused kept warning the minor girl on Instagram.",
        # a child's identity disclosed (POCSO s.23), not abuse material
        "The NCPCR acted against an image shared by the leader that revealed the identity of "
        "the minor's family.",
        "The photo he posted on Facebook disclosed the identity of the 14-year-old victim.",
        # what will befall anyone who does it
        "Police warned that anyone sharing obscene videos of minors would face action.",
        # what a court forbids (an injunction) or an order to stop is not done
        "The court restrained the accused from uploading obscene material of the minor victim.",
        "The High Court restrained the sharing of any obscene material of the minor girl.",
        "He was asked to refrain from posting the obscene videos of the minor.",
        # what a threat says will be done, after "threat to" or "or they would"
        "They warned the minor not to tell anyone or they would make the video viral.",
        "The minor, under threat of having a video made viral, was taken to a hotel.",
        # the subject past an aside between commas
        "The victim, trusting his assurance, deleted the images and their chat history.",
        # a child's statement recorded on video (POCSO s.25, s.26(4)); evidence sent to a
        # laboratory, named after the material
        "The magistrate recorded the video statement of the minor victim.",
        "The IO sent the obscene clips to the forensic science laboratory in Hyderabad.",
        # "record" as a noun
        "He had no criminal record, the National Crime Record Bureau said.",
        "The school record of the minor shows her date of birth as 2010.",
        "The family paid the extortionist Rs 2 lakh to get the videos of the minor deleted.",
        "The juvenile court sent them to their parent's custody on conditions.",
        # "film" as a noun; papers produced before a court; the records of a prosecution
        "The accused claimed to be a junior film artist working in the film industry.",
        "To prove the victims were minors, police had to produce their birth certificates.",
        "The facts are shown by the materials which form part of the prosecution records.",
        # what a threat says will be done is not done; a photo taken or content taken down is
        # not producing; a helpline number made viral is not sharing (review of 2026-12-02)
        "Police urged residents to make the helpline number viral to help children.",
        "The platform has taken the objectionable content down after the family complained.",
        "The court has taken sexual harassment of the minor girl seriously.",
        "The boy had taken photos with her during a meeting.",
        # homonyms, platforms' reports, a purpose of telling the authorities, the conduct in
        # general (a fourth batch of dev reports)
        "In view of the facts of the case, the court granted him bail.",
        "The two girls were returning home after watching a movie.",
        "Cyber Tipline Reports (CTRs) generated by Google were shared with the Indian Cyber "
        "Crime Coordination Centre (I4C).",
        "Morphing has become so easy with all the advanced tools available.",
        "The girl has been sent for medical examination, the officer added.",
        "Arrests would be recorded after the forensic examination of the devices.",
        "Since 2019, thousands of 'Tipline reports' have been generated about child pornography.",
        "They nabbed a shopkeeper in the city for selling the banned substance.",
        # gym equipment sold, sympathy created (survey of unseen English pages, 2027-01-13)
        "Her father owns a shop that sells gym equipment on Montieth Road.",
        "The youth had tried to create sympathy towards him.",
        "She must give it to her in exchange for not harassing him.",
        "An agency will monitor social media groups to check circulation of child pornography.",
        # a takedown the police or a court asks for (IT Act s.79(3)(b))
        "The police asked Facebook to delete the videos of the minor girl.",
        "The High Court directed the platforms to delete the clips of the minor.",
        # gestures, advances and payments made; drugs peddled; alcohol consumed; "kept" before
        # a verb in -ing; chat records
        "He made obscene gestures at the minor girl.",
        "He was caught making sexual advances to minor girls.",
        "The victim was forced to make repeated payments to the juvenile.",
        "The area is riddled with drug addicts and drug peddlers.",
        "The minor was forced into consuming alcohol.",
        "She kept on pleading with him to stop.",
        "The girl, however, kept refusing to meet them.",
        "There was evidence against the juvenile: chat records, threats and payment trails.",
        # a negation over a list; what the law requires, penalises or fights; "viewed as"
        "15,000 child sexual abuse videos were uploaded from Telegram accounts in India.",
        "The chemical analysis report did not indicate any transmission, propagation, display, "
        "or distribution of the child pornographic material.",
        "For an offence under Section 15(2), there must be evidence of sharing, transmission, or "
        "publishing the content.",
        "Sections 67 and 67B impose penalties and fines for the online transmission of obscene "
        "content.",
        "Even child pornographic content which has the capacity of being transmitted is covered.",
        "The verdict has been widely viewed as a game-changer in the fight against child "
        "pornography.",
        # campaigns, courts and definitions; counted cases; opinions, letters, officers posted
        "Maharashtra Cyber launched an online campaign against sextortion of minors.",
        "The court held meetings with intermediaries for eliminating circulation of child "
        "pornography.",
        "The court convened the stakeholders to effectively deal with the circulation of rape "
        "videos of children.",
        "He filed a petition seeking a complete ban on porn websites to protect children.",
        "What is sextortion of children? The cyber cell explains.",
        "A total of 116 cases were registered for publishing pictures depicting children in "
        "sexually explicit acts, and 21 for transmitting obscene material online.",
        "The Court was of the view that child pornography cases needed monitoring.",
        "The PIL was based on a letter sent by an NGO about child pornography.",
        "Only eight sub inspectors are posted at the cyber cell that handles child pornography.",
        "The news of child pornography cases spread like wildfire across the country.",
        # "forward" and "share" as other words; NCRB's crime head in a count
        "A similar incident had come forward last week when a 16-year-old girl was raped.",
        "Maharashtra leads with a percentage share of 13.6 among cases of child abuse.",
        "Cyber pornography/hosting or publishing obscene sexual materials depicting children "
        "accounted for most of the 1,102 cybercrimes against children.",
        # a body's own beginning (dev-55)
        "Since its creation, the platform has removed child abuse material reported to it.",
        # a class of people, by a relative clause in the present
        "The cell has buckled up to deal with persons who upload and circulate child "
        "pornography on social media platforms.",
        "The police are tracking people who download child pornography.",
        # a victim's own picture passed on by her (dev errors)
        "The girl started talking to him, and she shared a few photographs of herself, and in "
        "all of them she was clothed.",
        # a person posted to a ship or a duty; the child's family reached (dev errors of
        # 2026-12-26)
        "The accused, a Navy sailor from Bihar, was posted on INS Shikra in Mumbai.",
        "The policeman contacted the parents of the girl and asked them to come to the station.",
        # a site's or platforms' hosting, no one's upload; NCRB's crime head
        "The victim accessed a portal hosting child sexual abuse material by mistake.",
        "The court asked the companies to list complaints received for hosting objectionable "
        "content on their platforms.",
        "Cyber pornography/hosting or publishing obscene sexual materials accounted for 738 cases.",
        # a call made is no material; a class warned of; a child's own picture sent by her
        # (review 2026-12-26c M3, M4, M6)
        "The accused made an obscene phone call to the minor girl.",
        "The accused made obscene video calls to the 15-year-old girl.",
        "Police said that people who share child pornography will be arrested.",
        "Strict action will be taken against such people who share child pornography.",
        "The minor girl sent nude photos of herself to the accused.",
        # a platform's hosting; a video on or of the scene of the abuse; the child's family
        # reached (review 2026-12-26d M4-M6)
        "Meta, which hosts the content, removed the video of the minor girl.",
        "The platform that hosted the videos of the minor girl removed them.",
        "He hosted a video podcast on child safety, police said.",
        "They hosted a webinar on child pornography laws.",
        "The NGO's founder said she hosted a podcast on child pornography last year.",
        # what a website holds is no one's material stored (dev errors of 2026-12-27)
        "The government has also blocked several websites containing child pornography or "
        "explicit images of children.",
        "The Ministry blocks the websites containing extreme child sexual abuse material.",
        "The victim's mother made a video on the abuse.",
        "The accused contacted the family of the minor girl and demanded money.",
        "The accused contacted the brother of the minor girl and threatened him.",
        "The accused contacted the minor girl's brother and threatened him.",
        "The accused contacted the minor girl's elder brother and threatened him.",
        # … and the plural possessive (review 2026-12-27e M10)
        "The accused contacted the minor girls' brother and threatened him.",
        # a quotation's closing mark is no possessive; an album of children's photos; a
        # photographer's website (review 2026-12-27c M2, M5, M7)
        "The petitioner sought 'strict curbs' on child pornography websites.",
        # a website run, and an assault; a device used to send (review 2026-12-27d M4, M6)
        "The accused, who runs a website, was booked for sexual assault on a minor girl.",
        "The family album contained old photos of the children, the mother told police.",
        "The accused, a wedding photographer, ran a website with photos of children from "
        "weddings he shot.",
        # a phone number, a website run for trade (review 2026-12-27b M6, M7)
        "The accused, who runs a website selling mobile accessories, was arrested under POCSO "
        "for sexually assaulting a 15-year-old girl.",
        "The accused chatted with the minor's stepfather about the money.",
        "The man chatted with the sister of the minor boy about the money owed.",
        # a Bill passed on a day (review 2026-12-26e M7)
        "The POCSO amendment Bill was passed on Friday by the Rajya Sabha.",
        # a year is no count of people (review 2026-12-26b M4)
        "In 2022 people who circulate child pornography often used VPNs, an officer said.",
        # a greeting sent
        "When this new friend sent her a 'hi', the girl did not ignore the message.",
    ],
)
def test_not_conduct(catalog: Catalog, text: str) -> None:
    assert _conducts(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The accused blackmailed the minor girl for money, threatening to make her obscene "
            "photos viral.",
            {"sextortion"},
        ),
        (
            "He extorted Rs 50,000 for payment of his silence, threatening to leak the minor's "
            "nude video.",
            {"sextortion"},
        ),
        # the words of the sale itself stay
        (
            "The accused sold child sexual abuse material for money despite threats from the "
            "police.",
            {"selling"},
        ),
        ("He was arrested for sharing child pornography videos for money.", {"sharing", "selling"}),
    ],
)
def test_money_said_with_a_threat_is_extortion_not_trade(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """A demand backed by a threat is extortion (IPC s.383, BNS s.308), not the sale IT Act
    s.67B(a) reaches: "for money" in a sentence of blackmail names no selling
    (``refusing_settings``)."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        # a warning's "that" clause and "a threat to" right before the verb are threats
        "The accused warned the minor that her nude photos would be circulated if she refused.",
        "He issued a threat to upload the minor's obscene photos.",
        # a warning verb, "that" a few words on, and a future word: what is to come (review
        # 2026-12-02o)
        "The accused warned that he would upload the minor's obscene video if she did not pay.",
        "He warned the family that the obscene photos of the 14-year-old would be circulated.",
        "He warned the 15-year-old girl that her nude photos would be circulated.",
        "He sent a message warning that the intimate video of the minor would be shared.",
        "He warned the minor that he will continue to share her nude photos.",
    ],
)
def test_a_threat_to_spread_material_is_sextortion_not_the_spreading(
    catalog: Catalog, text: str
) -> None:
    """What a threat says will be done is not done; the threat itself is the offence (POCSO
    s.11(v): "threatens to use … a real or fabricated depiction … of the child")."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == {"sextortion"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threat's second verb is the same threat, not an act done (review 2026-12-04d)
        (
            "The accused threatened the 15-year-old girl that he would upload her photos and "
            "circulate them on Instagram.",
            {"sextortion"},
        ),
        (
            "He threatened the 15-year-old girl that he would upload her photos and make them "
            "viral.",
            {"sextortion"},
        ),
        ("The accused made a threat to leak the 16-year-old girl's pictures.", {"sextortion"}),
        # a past verb after the threat is what was done when she refused
        (
            "The accused threatened to upload the 15-year-old girl's video and uploaded it when "
            "she refused.",
            {"sextortion", "uploading"},
        ),
        (
            "He threatened to upload the minor's photos and then shared them with her friends.",
            {"sextortion", "sharing"},
        ),
        # a passive threat keeps its second participle in the threat
        (
            "He threatened that the minor's photos would be uploaded and circulated.",
            {"sextortion"},
        ),
        # a forecast about offenders in general is neither threat nor act
        (
            "The cyber expert warned parents that predators would share children's photos online.",
            set(),
        ),
        (
            "The NCPCR chairperson warned that offenders would circulate child sexual abuse "
            "material on these platforms.",
            set(),
        ),
    ],
)
def test_a_threat_is_read_to_its_end_and_no_further(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """A threat to publish a child's depiction is the offence (POCSO s.11(v)) however many
    verbs it names; what is done after it is an act; what offenders in general will do is
    neither."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


def test_a_warned_threat_is_said_where_the_warning_is(catalog: Catalog) -> None:
    """ "warned the minor that he would circulate …": the mention is the warning verb, not the
    act threatened, which was not done."""
    text = "He warned the minor that he would circulate her nude photos."
    assert _conducts(catalog, text) == [("warned", "sextortion")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was arrested for sharing child pornography, which is a crime under the IT Act.",
            [("sharing", "sharing")],
        ),
        (
            "For making and sharing content related to child pornography, the police registered "
            "a case.",
            [("sharing", "sharing")],
        ),
        ("The videos were uploaded from his phone.", [("uploaded", "uploading")]),
        ("The hospital failed to report the case to the police.", None),
        (
            "A case was registered against him for viewing pornographic images of children.",
            [("viewing", "viewing")],
        ),
        # a relative clause ends the condition: the couple's acts are told as facts
        (
            "The court ruled there was no chance of reformation if jail alone was awarded to a "
            "couple who sexually abused and filmed children to sell the videos online.",
            [("filmed", "producing"), ("sell", "selling")],
        ),
        # a comma ends it too
        ("If convicted, the man who shared the videos faces five years.", [("shared", "sharing")]),
        # a crime confessed to the police is not law stated in general
        (
            "The accused confessed the crime to the police and said he had recorded the girl's "
            "video.",
            [("recorded", "producing")],
        ),
        # law stated in general ends at ", and" + a new verb
        (
            "Police said it is a crime to share such videos, and arrested the man who shared a "
            "video of the girl.",
            [("shared", "sharing")],
        ),
        # a threat: sextortion, and the making viral inside it is not a second conduct
        (
            "He threatened to post her photos online and make them viral.",
            [("threatened to post", "sextortion")],
        ),
        # a threat refuses what it threatens, not what it says was done
        (
            "He forced her into relations by threatening to release objectionable videos "
            "recorded secretly.",
            [("threatening to release", "sextortion"), ("recorded", "producing")],
        ),
        # a word of a feeling further on is no object of the sharing
        (
            "He circulated the obscene video of the girl, spreading fear among students.",
            [("circulated", "sharing")],
        ),
        # past the material, an object word is no longer the conduct's own object
        (
            "He shared the videos of the minor causing panic in the school.",
            [("shared", "sharing")],
        ),
        # what some did is told in the past, or with a determiner
        ("Fraudsters lured the boy through an online game.", [("lured", "grooming")]),
        # material held in a thing a person keeps (dev errors of 2026-12-27)
        (
            "The analyst identified two files that contained child pornography content of minors.",
            [("contained child pornography content", "storing")],
        ),
        (
            "Police seized his laptop, which contained obscene videos of minor girls.",
            [("seized his laptop, which contained obscene videos", "storing")],
        ),
        # a quoted material phrase keeps its conduct; the phone used by the accused (review
        # 2026-12-27c M3, M4)
        (
            "The accused hosted 'child sexual abuse videos' on his server, police said.",
            [("hosted 'child sexual abuse videos", "uploading")],
        ),
        (
            "The mobile phone used by the accused had over 200 obscene videos of minors.",
            [("mobile phone used by the accused had over 200 obscene videos", "storing")],
        ),
        # devices as Indian police name them (review 2026-12-27b M5)
        (
            "The accused's handset contained 300 obscene videos of minor girls.",
            [("handset contained 300 obscene videos", "storing")],
        ),
        (
            "The CPU seized from his house contained 1,500 child sexual abuse images.",
            [("CPU seized from his house contained 1,500 child sexual abuse images", "storing")],
        ),
        # sisters are the children themselves, not kin of a child (review 2026-12-26e M5)
        ("The man lured two sisters, both minor girls, on Instagram.", [("lured", "grooming")]),
        # a kin word that says whose the child is, not who was reached (review 2026-12-27a M5)
        (
            "The accused chatted with his brother's minor daughter on Instagram.",
            [("chatted with his brother's minor", "grooming")],
        ),
        ("The predators lure children through online games.", [("lure", "grooming")]),
        ("Students shared the obscene video of the girl.", [("shared", "sharing")]),
        # "not only" denies nothing; a negator in another clause denies nothing here
        (
            "He not only shared the videos but also uploaded them.",
            [("shared", "sharing"), ("uploaded", "uploading")],
        ),
        (
            "He did not know that his friend had shared the videos of the minor.",
            [("shared", "sharing")],
        ),
        (
            "It is not the case of the prosecution that the possession was commercial.",
            [("possession", "storing")],
        ),
        # a passive's subject is acted on, not the doer; grooming is told from either side
        (
            "The victim was blackmailed by the accused with her photos.",
            [("blackmailed", "sextortion")],
        ),
        (
            "The victim became friends with the accused through Instagram.",
            [("became friends with", "grooming")],
        ),
        # review of 2026-12-02 (d): a lawful or victim word that ends a longer phrase is no
        # whole subject; an impersonated official; the public forwarding material
        (
            "A state government official allegedly shared obscene videos of a minor girl.",
            [("shared", "sharing")],
        ),
        (
            "The hostel superintendent recorded videos of the minor girls while bathing.",
            [("recorded", "producing")],
        ),
        (
            "A teacher in the education department downloaded child sexual abuse material.",
            [("downloaded", "downloading")],
        ),
        (
            "Fraudsters impersonating police threatened to leak the nude video of the boy.",
            [("threatened to leak", "sextortion")],
        ),
        (
            "Netizens shared the rape video of the minor girl widely on WhatsApp.",
            [("shared", "sharing")],
        ),
        (
            "Obscene videos featuring the victim circulated on WhatsApp groups.",
            [("circulated", "sharing")],
        ),
        # a witness, a document or a reply before the verb is no object of it
        (
            "Prosecution witnesses deposed that the accused recorded the obscene video of the "
            "minor.",
            [("recorded", "producing")],
        ),
        (
            "Irked by her reply, the accused posted the minor girl's obscene pictures online.",
            [("posted", "uploading")],
        ),
        (
            "The girl showed signs of trauma after the accused filmed her in the bathroom.",
            [("filmed", "producing")],
        ),
        # evidence sent to a laboratory is no sharing; that it was seized says it was kept
        (
            "The IO sent the seized obscene videos of the minor for forensic examination.",
            [("seized obscene videos", "storing")],
        ),
        # review of 2026-12-02 (e): an attribution after a comma is no object; where a
        # recipient lives is no institution sent to; a victim with an age before the word
        ("The accused shared the videos, news reports said.", [("shared", "sharing")]),
        ("The accused recorded the video, witnesses told the court.", [("recorded", "producing")]),
        (
            "The caretaker sent obscene videos to a minor girl living in a shelter home.",
            [("sent obscene videos", "grooming")],
        ),
        (
            "The accused sent letters to the girl and later shared her photos.",
            [("shared", "sharing")],
        ),
        (
            "The accused posted a statement and the videos of the minor girl on Facebook.",
            [("posted", "uploading")],
        ),
        (
            "Sub-inspector Rajesh Kumar, posted at the Kotwali police station, shared obscene "
            "videos of a minor.",
            [("shared", "sharing")],
        ),
        # a dispatch word that is a recipient or a letter with material is still sharing
        (
            "The man sent his team members nude photos of the 15-year-old girl.",
            [("sent", "sharing")],
        ),
        (
            "He sent the hospital staff obscene videos of the minor patient.",
            [("sent", "sharing")],
        ),
        ("The gang ran a sextortion racket targeting schoolgirls.", [("sextortion", "sextortion")]),
        # the victim named inside the object is no subject
        (
            "He shared the videos of the victim on Telegram.",
            [("shared", "sharing")],
        ),
        # review of 2026-12-02 (f): a negator in another clause; "not just"; a particular
        # object or a headline after a bare plural; a count of one's own acts; recipients of
        # an institution; "posted at least"; paying for access, not for deletion
        (
            "The court denied him bail as he had shared obscene videos of the minor.",
            [("shared", "sharing")],
        ),
        (
            "He never met the girl in person but he shared her obscene videos on WhatsApp.",
            [("shared", "sharing")],
        ),
        (
            "The accused not just recorded the girl but also shared the clip with his friends.",
            [("recorded", "producing"), ("shared", "sharing")],
        ),
        (
            # ("morphed" describes what is shared: the morphing is not told; seventeenth
            # session, as the dev labels read it six times in seven)
            "Students share morphed photos of classmate on Instagram, booked under POCSO",
            [("share", "sharing")],
        ),
        ("Criminals sell the videos of the girl on the dark web.", [("sell", "selling")]),
        (
            "Police are ascertaining the number of videos he shared on the group.",
            [("shared", "sharing")],
        ),
        (
            "The accused sent the obscene video of the minor to inmates of the jail.",
            [("sent", "sharing")],
        ),
        (
            "The caretaker sent obscene videos to the shelter home girls on WhatsApp.",
            [("sent", "sharing")],
        ),
        (
            "The accused posted at least 40 videos of minors on the group.",
            [("posted", "uploading")],
        ),
        (
            "Members paid Rs 100 a month for access to child sexual abuse material.",
            [("paid Rs 100 a month for access to child sexual abuse material", "buying")],
        ),
        # "store" and "film" as verbs; an app's material still downloaded
        ("He would store the videos of the minor on a pen drive.", [("store", "storing")]),
        ("He used to film the girls in the hostel.", [("film", "producing")]),
        (
            "He downloaded child pornographic videos using the app.",
            [("downloaded", "downloading")],
        ),
        # a lawful word that is not the subject's head, or not the subject at all
        ("A police constable shared obscene videos of a minor.", [("shared", "sharing")]),
        ("Police said he shared the videos.", [("shared", "sharing")]),
        (
            "The accused's police friend uploaded the video of the girl.",
            [("uploaded", "uploading")],
        ),
        # the finder of material is not its keeper
        (
            "Police recovered 1,200 CSAM files from his laptop.",
            [("recovered 1,200 CSAM files", "storing")],
        ),
        # what an official may still commit (POCSO s.21(1); IPC s.201)
        (
            "The police failed to report the abuse of the minor to the Special Juvenile Police "
            "Unit.",
            [("failed to report", "failure_to_report")],
        ),
        (
            "The police destroyed the videos of the minor to shield the accused.",
            [("destroyed the videos", "evidence_destruction")],
        ),
        # a dispatch word further on is no object of the sending
        (
            "He sent obscene videos of the girl to her father, who went to the police.",
            [("sent", "sharing")],
        ),
        # what an offender asks for is not a takedown; an official named by a place's name and
        # rank is no agency; a public servant or an impostor is no lawful agent; what the police
        # or a court report or ask about is not a request (review 2026-12-02j)
        (
            "A Railway official shared child sexual abuse videos of a minor on Telegram.",
            [("shared", "sharing")],
        ),
        (
            "Fraudsters posing as Mumbai Police officials extorted money from the 17-year-old "
            "over his nude video.",
            [("extorted", "sextortion")],
        ),
        (
            "The court asked how the accused managed to upload child pornographic videos.",
            [("upload", "uploading")],
        ),
        (
            "Police told reporters he tried to sell child pornographic videos of minors.",
            [("sell", "selling")],
        ),
        # "kept" before a verb in -ing refuses neither itself as storing nor the verb after it
        (
            "He kept sending obscene videos to the 14-year-old girl.",
            [("sending obscene videos", "grooming")],
        ),
        (
            "He kept incriminating photographs of the minor girl on his laptop.",
            [("kept", "storing")],
        ),
        # a video call recorded; drugs and abuse material consumed; luring to a place for
        # pornographic purposes (POCSO s.11(vi))
        (
            "He recorded the video call in which the 15-year-old girl was nude.",
            [("recorded", "producing")],
        ),
        (
            "He was found consuming drugs and child sexual abuse material.",
            [("consuming", "viewing")],
        ),
        (
            "He lured the 13-year-old girl to his house and showed her pornographic videos.",
            [("lured", "grooming")],
        ),
        (
            "He asked the minor girl to delete the chats after he deleted the videos.",
            [
                ("delete the chats", "evidence_destruction"),
                ("deleted the videos", "evidence_destruction"),
            ],
        ),
        (
            "A Delhi Police constable shared the obscene videos of the minor.",
            [("shared", "sharing")],
        ),
        # a child befriended online and later called to a place; a person's photos saved; a
        # thing kept
        (
            "He befriended the minor girl on Instagram and later called her to his house.",
            [("befriended", "grooming")],
        ),
        ("He saved her nude photos on his laptop.", [("saved", "storing")]),
        ("He kept something on his phone: obscene videos of the minor.", [("kept", "storing")]),
        # a word after a list item that is no conduct and no comma is not coordinated with the
        # refused word before it
        (
            "He did not view the videos, then shared the child pornographic clips.",
            [("shared", "sharing")],
        ),
        # material downloaded from a platform is a particular download, not a statistic
        (
            "He possessed child pornographic material, downloaded from Telegram, on his phone.",
            [("possessed", "storing"), ("downloaded", "downloading")],
        ),
        # found doing something is that thing, not material found
        (
            "The two persons found uploading the obscene videos of a girl were arrested.",
            [("uploading", "uploading")],
        ),
        # a device containing material is storage; a search's finding is
        (
            "A mobile phone containing obscene videos of the minor was recovered from him.",
            [("mobile phone containing obscene videos", "storing")],
        ),
        # an aside before an official's act is no lawful agent's (review 2026-12-02l)
        (
            "The officials, who were later suspended, shared the obscene video of the minor.",
            [("shared", "sharing")],
        ),
        # "no" after a verb is an object, not a passive's denied subject (review 2026-12-02o)
        (
            "He offered no explanation why obscene videos of the minor were stored on his phone.",
            [("stored", "storing")],
        ),
        # "warned that" alone reports (review 2026-12-02n), a past act warned of too
        (
            "Police warned that the accused had uploaded obscene videos of the minor.",
            [("uploaded", "uploading")],
        ),
        (
            "The accused warned the family that he had already uploaded the videos of the minor "
            "to a porn website.",
            [("uploaded", "uploading")],
        ),
        (
            "Anyone sharing obscene videos of minors was arrested, police said.",
            [("sharing", "sharing")],
        ),
        # material called sexual is abuse material, whatever else it reveals
        (
            "He shared obscene videos of the minor on WhatsApp, revealing her identity.",
            [("shared", "sharing")],
        ),
        # a denial ends at "but"
        (
            "There was nothing to show that the minor's obscene video was uploaded by him, but "
            "he shared it on WhatsApp.",
            [("shared", "sharing")],
        ),
        # a comparison or a number after "no" denies nothing (review 2026-12-02m)
        (
            "No less than 300 obscene videos of minors were uploaded by him.",
            [("uploaded", "uploading")],
        ),
        # "would be", "will be" and "a threat to" open no threat (review 2026-12-02l)
        (
            "The obscene videos of minors would be sold for Rs 200 each on Telegram.",
            [("sold", "selling")],
        ),
        (
            "The man who posed a threat to minors uploaded 300 obscene videos of children.",
            [("uploaded", "uploading")],
        ),
        # "no" that opens no subject of the passive
        (
            "There is no doubt the obscene videos of the minor were uploaded by him.",
            [("uploaded", "uploading")],
        ),
        # an injunction about something else, then an act; "barred from" a place
        (
            "The accused, who was restrained from contacting the minor, later uploaded her "
            "obscene photos.",
            [("uploaded", "uploading")],
        ),
        (
            "He was barred from the school after he shared obscene videos of the minor.",
            [("shared", "sharing")],
        ),
        # a child lured online or for images is groomed (IT Act s.67B(c), POCSO s.11(vi))
        ("He lured the minor girl to send her private photos.", [("lured", "grooming")]),
        (
            "The accused enticed the 13-year-old boy through an online game.",
            [("enticed", "grooming")],
        ),
        # sexual words sent to a child are grooming and sexual harassment (POCSO s.11(i)), not
        # material shared; material of a child sent with them is still shared (reviews
        # 2026-12-02m H6, n H5)
        (
            "The teacher sent obscene messages to the 14-year-old girl on WhatsApp.",
            [("sent obscene messages", "grooming")],
        ),
        (
            "He sent the minor obscene messages on Instagram.",
            [("sent the minor obscene messages", "grooming")],
        ),
        ("He sent obscene messages and photos of the minor to her father.", [("sent", "sharing")]),
        # sexual material sent to a child is shown to her (POCSO s.11(iii)): grooming alone
        # where the material names no child (sharing maps to provisions that need material
        # involving a child; 2027-01-12); an adult's possessive names whose child (batch dev-58)
        (
            "A man was arrested for sending obscene photos to his friend's minor daughter.",
            [("sending obscene photos", "grooming")],
        ),
        (
            "He was arrested for sending porn videos to a 13-year-old girl on Instagram.",
            [("sending porn videos", "grooming")],
        ),
        # a child who says who sent them is no sender (review 2026-12-28e)
        (
            "The minor girl said the accused sent obscene photos to her phone.",
            [("sent obscene photos", "grooming")],
        ),
        ("The minor girl sent obscene photos to the accused.", [("sent", "sharing")]),
        # … but the child who says he himself sent them is the sender (review 2026-12-29b M3)
        (
            "The 16-year-old boy said he sent obscene photos to a 14-year-old girl.",
            [("sent", "sharing")],
        ),
        # … only a pronoun that agrees with the child is the child (review 2026-12-29c M5)
        (
            "The minor girl said he sent obscene photos to her phone.",
            [("sent obscene photos", "grooming")],
        ),
        (
            "He was arrested for sending obscene messages to his friend's minor daughter.",
            [("sending obscene messages", "grooming")],
        ),
        # … not the child's material sent to another, material "related to" children, a
        # child's pictures made over and sent to her, nor a child's own sending
        ("He sent the minor's obscene video to her father.", [("sent", "sharing")]),
        (
            "The accused forwarded sexual videos related to children to his friends.",
            [("forwarded", "sharing")],
        ),
        (
            "He sent morphed nude images and threatening messages to a minor girl.",
            [("sent", "sharing")],
        ),
        ("The 14-year-old girl sent nude photos to the accused.", [("sent", "sharing")]),
        # the head after "to" is the one who receives: an adult before a child's word, or "her"
        # before a noun (review 2026-12-28b M1, M2)
        ("He sent obscene photos to the neighbour of the minor girl.", [("sent", "sharing")]),
        (
            "He sent obscene videos to a man whose 14-year-old son was the victim.",
            [("sent", "sharing")],
        ),
        (
            "The 15-year-old girl told police the man had sent obscene photos to her father.",
            [("sent", "sharing")],
        ),
        ("He sent obscene videos to the minor girls' parents.", [("sent", "sharing")]),
        # a purpose after "to" names no recipient; the children's own group is theirs (review
        # 2026-12-28d M)
        ("He sent the obscene videos to defame the minor girl.", [("sent", "sharing")]),
        (
            "He sent obscene videos to the minor girls' WhatsApp group.",
            [("sent obscene videos", "grooming")],
        ),
        # a quantity before the child; another's group (review 2026-12-28e M3, M4)
        (
            "He sent obscene videos to as many as 20 minor girls.",
            [("sent obscene videos", "grooming")],
        ),
        (
            "He sent obscene videos to the minor girls' parents' WhatsApp group.",
            [("sent", "sharing")],
        ),
        # sent on the child's own phone or account; a child who is the object of an earlier
        # verb before "and" is no sender (closing note 2027-01-12)
        (
            "The accused sent obscene videos on the minor girl's WhatsApp number.",
            [("sent obscene videos", "grooming")],
        ),
        (
            "The accused befriended a 14-year-old girl and sent obscene videos on her mobile"
            " phone.",
            [("befriended", "grooming"), ("sent obscene videos", "grooming")],
        ),
        (
            "The accused met a 14-year-old girl and sent obscene videos to her.",
            [("sent obscene videos", "grooming")],
        ),
        (
            "He was chatting with a 15-year-old boy and sent obscene videos to him.",
            [("chatting with a 15-year-old boy", "grooming"), ("sent obscene videos", "grooming")],
        ),
        # … not another's phone, no phone named, nor a child who said it and sent them
        (
            "The accused sent obscene videos on the minor girl's father's phone.",
            [("sent", "sharing")],
        ),
        ("He sent obscene videos on social media to harass the minor girl.", [("sent", "sharing")]),
        (
            "Police said the 14-year-old girl was scared and sent nude photos to the accused.",
            [("sent", "sharing")],
        ),
        # … past adjectives and quantifiers to the child (review 2026-12-28c M2, M6)
        (
            "He sent obscene videos to an unsuspecting minor girl.",
            [("sent obscene videos", "grooming")],
        ),
        (
            "He sent obscene videos to over 20 minor girls.",
            [("sent obscene videos", "grooming")],
        ),
        (
            "The 14-year-old girl told police that the accused sent obscene photos to her, "
            "police said.",
            [("sent obscene photos", "grooming")],
        ),
        # the child named by an age alone, or before "by" or a pronoun (twentieth session)
        (
            "The man sent lewd messages to the 14-year-old on Instagram and was arrested.",
            [("sent lewd messages", "grooming")],
        ),
        (
            "He was booked for sexually harassing a 16-year-old girl by sending obscene messages.",
            [("sending obscene messages", "grooming")],
        ),
        (
            "He was booked for harassing a minor girl by sending her obscene messages.",
            [("sending her obscene messages", "grooming")],
        ),
        # an account made is no material produced (twelfth session's fresh batch)
        (
            "He had earlier uploaded child pornography on FB due to which his own mobile number "
            "was blocked on FB and he was not being able to create a new account.",
            [("uploaded", "uploading")],
        ),
        # cases counted of the offence, or of a gang's acts, are still conduct
        ("He was booked in 3 cases of sharing child pornography.", [("sharing", "sharing")]),
        (
            "Police registered 12 cases of child pornography uploaded by a gang.",
            [("uploaded", "uploading")],
        ),
        (
            "The CBI carried out searches in connection with two cases of online circulation of "
            "child sexual abuse material.",
            [("circulation of", "sharing")],
        ),
        # material created, said with its explicit word or a child
        (
            "The accused created obscene videos of the minor.",
            [("created obscene videos", "producing")],
        ),
        # particular people told by a relative clause: its verb in the past or the perfect,
        # or the people counted
        (
            "Police arrested two persons who shared child pornography videos on WhatsApp.",
            [("shared", "sharing")],
        ),
        (
            "Police arrested people who have downloaded child pornography.",
            [("downloaded", "downloading")],
        ),
        (
            "Police identified 50 users who upload child pornography.",
            [("upload", "uploading")],
        ),
        # another beside the sender in the picture; a man's pictures of himself sent to a
        # child (IPC s.293, POCSO s.11; review 2026-12-26b M2)
        (
            "The accused uploaded obscene photos of himself with the minor girl.",
            [("uploaded", "uploading")],
        ),
        (
            "The accused sent the minor girl nude photos of himself on WhatsApp.",
            [("sent", "sharing")],
        ),
        (
            "She sent nude photos of herself to the minor boy.",
            [("sent", "sharing")],
        ),
        # a video made on a phone (review 2026-12-26d M3)
        (
            "The accused had made an obscene video on his phone of the minor girl.",
            [("made an obscene video", "producing")],
        ),
        # websites hosted by the accused; a video made of the sexual act (dev misses)
        (
            "They hosted websites of a Russian domain, which contained child sexual abuse "
            "material.",
            [("hosted websites", "uploading")],
        ),
        # … and material a person hosted, or websites hosting (review 2026-12-26e M3)
        (
            "The accused hosted child sexual abuse material on a server in his house, the CBI "
            "said.",
            [("hosted child sexual abuse material", "uploading")],
        ),
        (
            "The accused hosted child pornography content on his website, police said.",
            [("hosted child pornography content", "uploading")],
        ),
        (
            "The accused was hosting websites containing child sexual abuse material.",
            [("hosting websites", "uploading")],
        ),
        (
            "The accused also made a video of the act and circulated it. The man raped her.",
            [("made a video of the act", "producing"), ("circulated", "sharing")],
        ),
        # (eight words to the act: "had made a video of the victim during the assault"; batch
        # dev-69)
        (
            "He was the prime accused and had made a video of the victim during the assault. The"
            " 17-year-old girl was gang-raped.",
            [("made a video of the victim during the assault", "producing")],
        ),
        # particular people told by a relative clause in the present: of a racket, among
        # users, identified, or acting on a particular video (review 2026-12-26b M4)
        (
            "Police busted a racket of people who sell child pornography videos on Telegram.",
            [("sell", "selling")],
        ),
        (
            "The accused is among users who share child sexual abuse material on Telegram.",
            [("share", "sharing")],
        ),
        (
            "Police have identified persons who regularly upload child pornography videos in the "
            "group.",
            [("upload", "uploading")],
        ),
        (
            "Police said people who circulate the video of the minor girl will face action.",
            [("circulate", "sharing")],
        ),
    ],
)
def test_still_conduct(catalog: Catalog, text: str, expected: list[tuple[str, str]] | None) -> None:
    found = _conducts(catalog, text)
    if expected is None:
        assert [c for _, c in found] == ["failure_to_report"]
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The boy threatened to make the photos public unless she sent more.",
            [("threatened to make the photos public", "sextortion")],
        ),
        (
            "He was accused of recording and threatening to circulate an indecent video of "
            "the girl.",
            [("recording", "producing"), ("threatening to circulate", "sextortion")],
        ),
        (
            "The accused would start chatting with children by promising them roles.",
            [("chatting with children", "grooming")],
        ),
        (
            "A forensic examination of his phone revealed explicit videos of children.",
            [("revealed explicit videos", "storing")],
        ),
        (
            "He deleted the incriminating content from his phone.",
            [("deleted the incriminating content", "evidence_destruction")],
        ),
        (
            "The accused had created three accounts and around 20 channels on Telegram.",
            [("created three accounts and around 20 channels", "administering")],
        ),
        (
            "He would get them to strike compromising poses under the guise of roles.",
            [("to strike compromising poses", "producing")],
        ),
        # a pose struck is no material without a word that makes it sexual, and an adult's
        # lewd posing at children is exhibition (POCSO s.11), not a child used for pornography
        ("The girls were asked to strike a pose for the class photo.", []),
        ("A man was arrested for striking obscene poses in front of schoolgirls.", []),
        # paying to join or for access; material hidden; a video made viral is shared, not
        # made; a quantity before the subject of a passive frame
        (
            "Customers paid Rs 500 to join the Telegram group with child pornography.",
            [("paid Rs 500 to join the Telegram group with child pornography", "buying")],
        ),
        # paying for something else, or to have material deleted, is no buying
        ("The accused paid Rs 500 to join the gym near the girl's school.", []),
        (
            "He made the video of the girl viral on social media.",
            [("made the video of the girl viral", "sharing")],
        ),
        (
            "Over 300 child pornographic videos were found on his laptop.",
            [("videos were found", "storing")],
        ),
        # a fine paid, a hidden camera, a noun after "in" with a number: none of these
        ("He paid Rs 5,000 as fine to the court for the minor.", []),
        ("Police found a hidden camera in the girls hostel.", []),
        (
            "The content shared in 3 groups of the minor's school was created at home.",
            [("shared", "sharing")],
        ),
        # a frame needs its object in the same sentence, within its window
        ("He threatened her. Later the photos went public.", []),
        # a frame that needs a child does not fire without one
        ("The police recovered videos of the robbery.", []),
        # a phrase that is not conduct hides its trigger
        ("Experts tried to recover deleted data from the phone.", []),
    ],
)
def test_conduct_told_with_words_between_verb_and_object(
    catalog: Catalog, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _conducts(catalog, text) == expected


def test_each_mention_carries_its_evidence_and_confidence(catalog: Catalog) -> None:
    text = (
        "[name] was arrested for sharing child pornography on WhatsApp. The clips were circulated. "
        "The boy threatened to make the photos public."
    )
    mentions = catalog.analyze(text, D(2021, 1, 1)).mentions
    evidence = [(m.trigger, m.acts_on, m.actor, m.confidence) for m in mentions]
    assert evidence == [
        ("sharing", "child pornography", "arrested", "high"),
        ("circulated", None, None, "low"),
        ("threatened", "photos", None, "medium"),
    ]


def test_the_summary_does_not_fault_the_text_on_a_mention_it_is_not_sure_of(
    catalog: Catalog,
) -> None:
    unsure = catalog.analyze(
        "The clips were circulated. Section 67 of the IT Act." + MINOR, D(2021, 1, 1)
    )
    assert unsure.summary.conducts == ("sharing",)
    assert unsure.summary.conduct_notes == ()
    sure = catalog.analyze(
        "He was arrested for circulating child pornography. Section 120B of the IPC.",
        D(2021, 1, 1),
    )
    assert any("maps none of the conduct" in n for n in sure.summary.conduct_notes)
    assert not any("conduct" in d for d in sure.summary.differences)


def test_a_phrase_never_runs_across_a_sentence(catalog: Catalog) -> None:
    found = _conducts(catalog, "Members left the group.\nAdmin staff stayed.")
    assert all(words.lower() != "group.\nadmin" and "\n" not in words for words, _ in found)
    assert not any(" " in words and "group" in words.lower() for words, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Three youtubers were arrested for exposing her identity and the channel that circulated "
        "identities of the minor victims was blocked.",
        "Media houses that published identities of the victims will face action under POCSO.",
    ],
)
def test_a_childs_identity_published_is_not_abuse_material(catalog: Catalog, text: str) -> None:
    analysis = catalog.analyze(text, dt.date(2025, 1, 1))
    assert not {"sharing", "uploading"} & {m.conduct for m in analysis.mentions}


@pytest.mark.parametrize(
    "text",
    [
        "Police recorded the statement of the minor girl before a magistrate.",
        "The statement of the child was recorded under Section 164 CrPC.",
        "The district recorded 40 cases of child pornography last year.",
        "Bengaluru is recording the maximum number of cybercrimes against children.",
        # sound recorded, no picture
        "After the minor girl rejected him, the man sent a call recording to her family to "
        "harass her. He had sexually abused her.",
    ],
)
def test_a_statement_or_a_count_recorded_is_not_producing(catalog: Catalog, text: str) -> None:
    conducts = {m.conduct for m in catalog.analyze(text, dt.date(2025, 1, 1)).mentions}
    assert "producing" not in conducts


_MORPHED = "The boy morphed the minor girl's photos into obscene pictures. "


def _assert_read_after_morphed(catalog: Catalog, text: str, read: list[str] | None) -> None:
    """The conducts read in *text* after a sentence that opens the gate (``_MORPHED``): exactly
    *read*, or, where *read* is None, at least one (the report's own act)."""
    analysis = catalog.analyze(_MORPHED.strip() + " " + text, dt.date(2025, 1, 1))
    start = len(_MORPHED.strip()) + 1
    found = [m.conduct for m in analysis.mentions if m.start >= start]
    if read is None:
        assert found  # the report's own act is read
    else:
        assert found == read


@pytest.mark.parametrize(
    ("text", "recorded"),
    [
        # a count recorded past a count's words, in a report that tells of abuse material (dev
        # errors of 2027-01-12): statistics
        ("India recorded an average of 87 rape cases on a daily basis in 2019.", False),
        ("India recorded as many as 3,78,236 cases of crimes against women in 2018.", False),
        ("The commissionerate has recorded 520 POCSO (child sexual abuse) cases so far.", False),
        # near misses: the child or the material named first
        ("He recorded the minor girl bathing naked and two cases were registered.", True),
        ("He recorded 20 obscene videos of minor girls in three cases.", True),
    ],
)
def test_a_count_of_cases_recorded_is_a_statistic(
    catalog: Catalog, text: str, recorded: bool
) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    found = [m for m in analysis.mentions if m.text == "recorded"]
    assert bool(found) is recorded
    assert all(m.conduct == "producing" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "He recorded a video of the minor girl and shared it on WhatsApp. He had raped her.",
        # a call named before the verb, but not as its compound ("a call recording")
        "He coerced a 15-year-old girl into sexually explicit acts over video calls, recording "
        "the same without her consent.",
        # a video call recorded (review 2026-12-26e M4)
        "The accused made a video call recording of the minor girl while she undressed.",
        # a call recorded while a child undressed (review 2026-12-26b M3)
        "He recorded the call while the minor girl undressed, and later used it to blackmail her.",
    ],
)
def test_a_video_recorded_of_a_child_is_still_producing(catalog: Catalog, text: str) -> None:
    conducts = {m.conduct for m in catalog.analyze(text, dt.date(2025, 1, 1)).mentions}
    assert "producing" in conducts


@pytest.mark.parametrize(
    ("refused", "kept", "conduct"),
    [
        (  # a class of people who would do it is law in general
            "The laws will target paedophiles who create, distribute or consume child pornography.",
            "Police arrested two men who shared child pornography videos on Telegram.",
            "sharing",
        ),
        (  # material counted by where it was posted from is a statistic
            "25,000 Tipline Reports have been received on child sexual exploitation content "
            "posted online from India.",
            "He shared child pornography videos uploaded from his phone.",
            "uploading",
        ),
    ],
)
def test_words_refused_in_one_sentence_are_conduct_in_its_neighbour(
    catalog: Catalog, refused: str, kept: str, conduct: str
) -> None:
    assert not catalog.analyze(refused, dt.date(2025, 1, 1)).mentions
    conducts = {m.conduct for m in catalog.analyze(kept, dt.date(2025, 1, 1)).mentions}
    assert conduct in conducts


def test_a_refused_word_does_not_refuse_the_next_sentence(catalog: Catalog) -> None:
    text = "He was not sharing anything.\n\nAdmin of the group was arrested for child pornography."
    conducts = {m.conduct for m in catalog.analyze(text, dt.date(2025, 1, 1)).mentions}
    assert "administering" in conducts
    assert catalog.analyze("not sharing\n\nadmin" + MINOR, dt.date(2021, 1, 1)).mentions


def test_artificial_intelligence_is_not_intelligence_passed_on(catalog: Catalog) -> None:
    text = "A Class 9 boy was held for sharing Artificial Intelligence (AI)-morphed obscene images."
    conducts = {m.conduct for m in catalog.analyze(text, dt.date(2025, 1, 1)).mentions}
    assert "sharing" in conducts
    officials = "The agency shared intelligence with the state police."
    assert not catalog.analyze(officials, dt.date(2025, 1, 1)).mentions


def test_a_text_that_names_no_child_reports_no_conduct_and_says_why(catalog: Catalog) -> None:
    adult = (
        "A video of the woman getting intimate with her friend was recorded and circulated "
        "on WhatsApp, and later uploaded on a porn site. Police booked three people under "
        "Section 67A of the IT Act."
    )
    analysis = catalog.analyze(adult, D(2021, 1, 1))
    assert analysis.mentions == ()
    assert analysis.summary.conducts == ()
    assert analysis.mentions_note is not None
    assert "names no child" in analysis.mentions_note
    assert analysis.statute_references  # the law it names is still read


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("He recorded and circulated an obscene video of a 15-year-old.", True),
        ("He recorded and circulated an obscene video of the girl, aged 12.", True),
        ("He recorded and circulated an obscene video of a 25-year-old woman.", False),
        ("He circulated the clips and was booked under Section 67B of the IT Act.", True),
        ("He circulated the clips and was booked under the POCSO Act.", True),
        ("He circulated the clips and was booked under Section 292 IPC.", False),
    ],
)
def test_a_child_is_named_by_word_age_or_law(catalog: Catalog, text: str, child: bool) -> None:
    analysis = catalog.analyze(text, D(2021, 1, 1))
    assert bool(analysis.mentions) == child
    assert (analysis.mentions_note is None) == child


# A text about a child that names no sexual act or material: material it does not call sexual
# is not abuse material (IT Act s.67B(a): "depicts children engaged in sexually explicit act or
# conduct"), so conduct on it, or on nothing named, is not read.
NOT_SEXUAL = [
    "Police booked 20 people for recording videos on their mobile phones instead of helping "
    "a 12-year-old girl who was found injured on the road.",
    "Students uploaded pictures of the annual day function on the school website.",
    "A minor boy was detained for uploading an edited video of a freedom fighter on his "
    "WhatsApp status.",
    "Videos of a road accident on the highway were circulated. Two minors were injured.",
    # a morphed picture is not sexual for being morphed (a political picture, a juvenile
    # offender)
    "The juvenile had shared a morphed picture of the Chief Minister with an inflammatory "
    "message, and was sent to a juvenile home.",
]


@pytest.mark.parametrize("text", NOT_SEXUAL)
def test_material_not_said_to_be_sexual_is_not_abuse_material(catalog: Catalog, text: str) -> None:
    analysis = catalog.analyze(text, D(2023, 1, 1))
    assert analysis.mentions == ()
    assert analysis.summary.conducts == ()
    assert analysis.mentions_note is not None
    assert "no sexual act" in analysis.mentions_note


@pytest.mark.parametrize(
    "context",
    [
        " The videos were obscene.",
        " He had sexually assaulted her earlier.",
        " A case was registered under Section 67B of the IT Act.",
        " The accused was booked under the POCSO Act.",
        " He was booked under Section 354A of the IPC.",
    ],
)
@pytest.mark.parametrize("text", NOT_SEXUAL[:1] + NOT_SEXUAL[2:])
def test_a_sexual_word_or_provision_anywhere_in_the_text_lets_it_count(
    catalog: Catalog, text: str, context: str
) -> None:
    analysis = catalog.analyze(text + context, D(2023, 1, 1))
    assert analysis.mentions
    assert analysis.summary.conducts
    assert analysis.mentions_note is None


@pytest.mark.parametrize(
    "text",
    [
        # material it calls sexual, or a child it acts on, needs nothing more
        "Police booked a man for circulating pictures of a minor girl in the nude.",
        "He secretly filmed the minor girl in the bathroom.",
        # conduct that is not on material needs no sexual word
        "The 17-year-old was befriended by the accused on Instagram and threatened.",
    ],
)
def test_sexual_material_or_a_child_acted_on_needs_no_other_word(
    catalog: Catalog, text: str
) -> None:
    assert catalog.analyze(text, D(2023, 1, 1)).mentions


def test_a_section_about_something_else_gives_no_sexual_context(catalog: Catalog) -> None:
    text = NOT_SEXUAL[0] + " They were booked under Section 67C of the IT Act."
    assert catalog.analyze(text, D(2023, 1, 1)).mentions == ()


def test_a_sexual_word_in_a_later_stretch_keeps_the_held_mentions_in_text_order(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "He forwarded the videos of the minor to a friend.\n\n"
        + "A quiet paragraph about nothing at all.\n\n" * 40
        + "The accused stored obscene photos of the girl on his phone.\n\n"
        + "A quiet paragraph about nothing at all.\n\n" * 40
        + "Police said the clips were sexually explicit."
    )
    whole = catalog.analyze(text, D(2023, 1, 1))
    monkeypatch.setattr("lawref.analysis.stretches.CHUNK", 100)
    streamed = catalog.analyze(text, D(2023, 1, 1))
    assert [m.conduct for m in streamed.mentions] == ["sharing", "storing"]
    assert streamed.summary.conducts == ("sharing", "storing")
    assert streamed == whole


def test_held_mentions_are_dropped_from_a_streamed_text_with_no_sexual_word(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = NOT_SEXUAL[0] + "\n\n" + "A quiet paragraph about nothing at all.\n\n" * 40
    text += NOT_SEXUAL[1]
    assert "of their children" not in text
    monkeypatch.setattr("lawref.analysis.stretches.CHUNK", 100)
    analysis = catalog.analyze(text, D(2023, 1, 1))
    assert analysis.mentions == ()
    assert analysis.summary.conducts == ()
    assert analysis.mentions_not_listed == 0


@pytest.mark.parametrize(
    "text",
    [
        "A 16-year-old student allegedly made obscene videos of his female teacher.",
        "The minor was booked for circulating pornographic videos of women on Telegram.",
        "Obscene videos of the woman were circulated by the 17-year-old on Instagram.",
        "A minor was booked for sharing deepfake nude videos of female celebrities on Telegram.",
        "Indore: A 16-year-old uploaded obscene videos of a woman on a porn site.",
        "Obscene clips of women were found on his phone, said police. He is 17.",
        "The boy uploaded obscene photos of a married couple on a porn site.",
    ],
)
def test_material_of_an_adult_is_not_abuse_material(catalog: Catalog, text: str) -> None:
    assert catalog.analyze(text, D(2023, 1, 1)).mentions == ()


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        ("He circulated obscene videos of women and children on Telegram.", "sharing"),
        ("He made obscene videos of a woman and her 12-year-old daughter.", "producing"),
        ("He shared obscene videos of young schoolgirls with his friends.", "sharing"),
        ("Obscene videos of the minor were circulated by the accused.", "sharing"),
        # the adult is not what the material shows
        ("The woman's husband shared obscene videos of her minor daughter.", "sharing"),
        ("Obscene videos of the girl, a minor, were shared by a man.", "sharing"),
        # anything beside the adult: a comma, "and", "'s", a verb of the abuse (a review)
        (
            "The accused had recorded obscene videos of a woman and her two daughters, aged 12 "
            "and 14, using a hidden camera.",
            "producing",
        ),
        (
            "A man was arrested for circulating obscene videos of several women, including two "
            "minors, on Telegram.",
            "sharing",
        ),
        (
            "A youth was held for circulating a video of a man sexually assaulting a minor girl.",
            "sharing",
        ),
        ("Man held for making obscene videos of his wife's 13-year-old sister.", "producing"),
        # a child made to record herself; a reflexive is the subject, often the child
        (
            "A 14-year-old boy was blackmailed by a man who forced him to send nude images of "
            "himself, police said.",
            "producing",
        ),
        (
            "The accused asked the 14-year-old for nude photos of herself and later threatened "
            "to circulate them, police said.",
            "sextortion",
        ),
        (
            "Police said the accused forced the 15-year-old girl to send nude pictures of herself "
            "and later blackmailed her for money.",
            "sextortion",
        ),
        # a group of adults is not what child abuse material shows
        ("The accused sold CSAM to a group of adults on Telegram for Rs 500 each.", "selling"),
        ("He shared child pornographic clips in a WhatsApp group of men.", "sharing"),
    ],
)
def test_material_of_a_child_beside_an_adult_is_still_abuse_material(
    catalog: Catalog, text: str, conduct: str
) -> None:
    assert conduct in {m.conduct for m in catalog.analyze(text, D(2023, 1, 1)).mentions}


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # a child in the object, by word, age or as the victim (a review)
        ("A man was arrested for selling videos of minors on Telegram.", "selling"),
        (
            "A Bengaluru techie was arrested for watching and downloading videos of minors.",
            "viewing",
        ),
        ("He secretly filmed the 13-year-old in the bathroom.", "producing"),
        (
            "Police said the accused recorded a video of the 10-year-old boy after stripping him "
            "and circulated it on WhatsApp.",
            "sharing",
        ),
        (
            "The applicant is alleged to have recorded the video of the victim while she was "
            "taking a bath. The victim was aged 15 years at the time.",
            "producing",
        ),
        ("Video Of Minor Girl Circulated On Social Media; Accused Held", "sharing"),
        # another mention of the sentence acting on the child releases the rest
        (
            "The accused recorded the minor girl's video while she was changing clothes and "
            "circulated it among his friends.",
            "sharing",
        ),
        # provisions and words about sexual acts and material
        (
            "He was booked under Section 376 IPC after he recorded a video of the 15-year-old "
            "and shared it with his friends.",
            "sharing",
        ),
        (
            "He shared the videos on Telegram. The victim is a minor. He has been booked under "
            "Section 67B.",
            "sharing",
        ),
        (
            "A man has been arrested for making ashleel videos of a 14-year-old girl and "
            "circulating them among his friends.",
            "sharing",
        ),
        (
            "The accused downloaded child abuse videos from the dark web and stored them on his "
            "laptop, police said.",
            "storing",
        ),
    ],
)
def test_a_child_acted_on_or_a_sexual_provision_keeps_conduct_on_unnamed_material(
    catalog: Catalog, text: str, conduct: str
) -> None:
    assert conduct in {m.conduct for m in catalog.analyze(text, D(2023, 1, 1)).mentions}


def test_a_text_naming_no_child_says_so_before_it_says_no_sexual_word(catalog: Catalog) -> None:
    text = "He made a video of a woman feeding a stray dog and shared it on Instagram."
    analysis = catalog.analyze(text, D(2023, 1, 1))
    assert analysis.mentions == ()
    assert analysis.mentions_note is not None
    assert "names no child" in analysis.mentions_note


def test_held_mentions_keep_their_own_listing_slots(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("lawref.analysis.reading.LISTED", 3)
    text = "He shared the videos on Telegram. " * 3 + "\n\nHe secretly filmed the minor girl. " * 3
    analysis = catalog.analyze(text, D(2023, 1, 1))
    assert [m.conduct for m in analysis.mentions] == ["producing"] * 3
    assert analysis.mentions_not_listed == 0


@pytest.mark.parametrize(
    "text",
    [
        "Morphing photos of women has become a child's play with free apps, police said. "
        "A woman's morphed obscene pictures were posted on Facebook.",
        # a child who is only the accused: the material depicts no child
        "The juvenile accused shared obscene videos on WhatsApp groups, police said.",
        "Police said the accused is a minor. He had shared obscene videos in WhatsApp groups.",
        "The juvenile in conflict with law had uploaded obscene clips on Instagram.",
    ],
)
def test_a_phrase_with_a_child_word_that_names_no_child_is_no_child(
    catalog: Catalog, text: str
) -> None:
    analysis = catalog.analyze(text, D(2023, 1, 1))
    assert analysis.mentions == ()
    assert analysis.mentions_note is not None
    assert "names no child" in analysis.mentions_note


def test_a_juvenile_accused_beside_a_child_victim_keeps_the_conduct(catalog: Catalog) -> None:
    text = "The juvenile accused shared obscene videos of a 14-year-old girl on WhatsApp groups."
    assert [m.conduct for m in catalog.analyze(text, D(2023, 1, 1)).mentions] == ["sharing"]
    # "minor accused" may be a subject and a verb: the minor is the victim (review 2026-12-31e
    # M1), and a minor accused's classmate is a child (M2)
    for text in (
        "The minor accused her tutor of recording obscene videos of her and sharing them.",
        "The minor accused shared nude photos of his classmate on Instagram.",
    ):
        assert "sharing" in {m.conduct for m in catalog.analyze(text, D(2023, 1, 1)).mentions}


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # a second review of the rules of this batch: what they must not refuse
        ("Media reports said the man recorded obscene videos of minor girls.", "producing"),
        ("He ignored the threat of arrest and continued to share child porn videos.", "sharing"),
        ("The accused watched blue films of schoolgirls on his phone.", "viewing"),
        (
            "Recording was done on the accused's mobile phone while the 12-year-old girl was "
            "being sexually assaulted.",
            "producing",
        ),
        (
            "He downloaded obscene videos of minors and would forward them to his friends.",
            "sharing",
        ),
        ("He kept secret folders of CSAM on his laptop.", "storing"),
        ("He sent obscene videos of women to a 14-year-old girl.", "sharing"),
        (
            "The accused claimed he had shared the obscene video of the minor only to bring it to "
            "the notice of the authorities, but the court rejected the plea.",
            "sharing",
        ),
        ("A child-lifting gang recorded obscene videos of the kidnapped minors.", "producing"),
        ("The 16-year-old was filmed in the bathroom and the clip was circulated.", "sharing"),
        ("The 16-year-old was secretly filmed in the bathroom.", "producing"),
        ("The minor's photos were edited and circulated on Instagram.", "sharing"),
        # ages as Indian reports give them
        ("The girl, 15, was sent obscene videos by the accused.", "sharing"),
        ("Priya (14) was filmed while bathing and the video was shared.", "sharing"),
        ("She is 15. He shared obscene videos of her.", "sharing"),
        ("The nine-year-old was abused and the obscene video was shared.", "sharing"),
    ],
)
def test_conduct_the_rules_of_a_fourth_batch_must_not_refuse(
    catalog: Catalog, text: str, conduct: str
) -> None:
    assert conduct in {m.conduct for m in catalog.analyze(text, D(2023, 1, 1)).mentions}


@pytest.mark.parametrize(
    "text",
    [
        "The case is 12 years old and the accused shared obscene videos of women.",
        "Section (2) applies; he shared obscene videos of women.",
    ],
)
def test_numbers_that_are_no_ages_name_no_child(catalog: Catalog, text: str) -> None:
    assert catalog.analyze(text, D(2023, 1, 1)).mentions == ()


@pytest.mark.parametrize(
    "text",
    [
        # the statutes' own words (held verbatim in data/statutes): law, not conduct
        "The offence is made out when a person, with sexual intent, repeatedly or constantly "
        "follows or watches or contacts a child either directly or through electronic means.",
        "Section 67B punishes whoever publishes or transmits or causes to be published or "
        "transmitted material in any electronic form which depicts children.",
    ],
)
def test_a_sentence_that_restates_a_provision_is_law(catalog: Catalog, text: str) -> None:
    assert _conducts(catalog, text) == []


def test_the_statutes_words_about_a_particular_act_are_still_conduct(catalog: Catalog) -> None:
    text = "He was arrested for publishing and transmitting obscene videos of a minor girl."
    assert {c for _, c in _conducts(catalog, text)} >= {"uploading", "sharing"}


@pytest.mark.parametrize(
    "text",
    [
        # a third review: numbers that are no ages, children's words that only describe a thing
        "A twenty-one-year-old man shared obscene videos on Telegram.",
        "He reshared a six-year-old video on Facebook; it was obscene.",
        "Cases rose in Kerala (12), Maharashtra (10); obscene videos were shared.",
        "Of the arrested persons, 12, were held for sharing obscene videos.",
        "The man, who is 16 kilometres away, shared obscene videos.",
    ],
)
def test_numbers_that_are_no_ages_do_not_name_a_child(catalog: Catalog, text: str) -> None:
    analysis = catalog.analyze(text, D(2023, 1, 1))
    assert analysis.mentions == ()


def test_a_thing_a_child_word_describes_is_no_child_acted_on(catalog: Catalog) -> None:
    text = "The school's annual day function was recorded and uploaded on YouTube."
    assert catalog.analyze(text, D(2023, 1, 1)).mentions == ()


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # the statute's words said of a particular accused are an allegation
        (
            "The court found that the accused transmitted material in any electronic form which "
            "depicts children engaged in sexually explicit act.",
            "sharing",
        ),
        ("The arrest came after he recorded obscene videos of a 14-year-old girl.", "producing"),
        (
            "The Cyber Tipline report showed the accused recorded obscene videos of minors.",
            "producing",
        ),
        ("He sold drugs and obscene videos of minors.", "selling"),
        ("He shared obscene videos of the minor to a medical college WhatsApp group.", "sharing"),
    ],
)
def test_conduct_a_third_review_found_refused_is_read(
    catalog: Catalog, text: str, conduct: str
) -> None:
    assert conduct in {m.conduct for m in catalog.analyze(text, D(2023, 1, 1)).mentions}


@pytest.mark.parametrize(
    "text",
    [
        # a device or a number used to send is no storing; what was sent to the child is
        # grooming (reviews 2026-12-27b M6, 27d M6; batch dev-58)
        "Police said his laptop had been used to send obscene videos to the minor girl.",
        "Police traced the accused's phone number, which he had used to send obscene videos "
        "to the minor.",
    ],
)
def test_a_device_used_to_send_to_a_child_stores_nothing(catalog: Catalog, text: str) -> None:
    assert [conduct for _, conduct in _conducts(catalog, text)] == ["grooming"]


def test_a_device_used_to_send_in_an_aside_still_holds_its_material(catalog: Catalog) -> None:
    """A verb of keeping after the aside, past a comma, lifts its "send" (review 2026-12-27e
    M8); what a message sent was sent "with" is no device's (review 2026-12-28c M3)."""
    text = "His phone, used to send messages to her, contained 40 obscene videos of minors."
    assert "storing" in [conduct for _, conduct in _conducts(catalog, text)]
    sent = "The accused used his mobile phone to send the minor girl messages with obscene photos."
    assert "storing" not in [conduct for _, conduct in _conducts(catalog, sent)]
    relative = (
        "He used his phone to send messages to the minor girl, who had obscene videos of herself."
    )
    assert "storing" not in [conduct for _, conduct in _conducts(catalog, relative)]


@pytest.mark.parametrize(
    "text",
    [
        # messages to an adult, material of a child, or a child sending: no grooming read
        "He sent obscene messages to the minor girl's mother on WhatsApp.",
        "He sent obscene messages of the minor to her relatives.",
        "The girl, 16, had sent obscene messages to the accused, who later leaked the chats.",
        "The accused sent obscene messages to several women on Facebook.",
        # an age is a child's only where it is not a possessive, nor the sender's
        "The 15-year-old's father said the accused sent obscene messages to him.",
        "The 16-year-old boy sent obscene messages to the accused, police said.",
        "A minor girl's mother complained that the man sent her obscene messages.",
    ],
)
def test_messages_no_child_receives_are_no_grooming(catalog: Catalog, text: str) -> None:
    assert "grooming" not in [conduct for _, conduct in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a future word of another clause makes no threat (review 2026-12-03b P2)
        (
            "The mother warned that she would go to police as the accused had shared obscene "
            "photos of her minor daughter.",
            [("shared", "sharing")],
        ),
        (
            "Police warned that the man who will be produced in court today uploaded obscene "
            "videos of minors on Telegram.",
            [("uploaded", "uploading")],
        ),
        # a denial ends at a clause word, and "anyone other than" turns it round (P3)
        (
            "There is no proof that the accused was in Delhi when he uploaded the obscene video "
            "of the minor, the defence argued.",
            [("uploaded", "uploading")],
        ),
        (
            "The prosecution said there is nothing to show that anyone other than the accused "
            "uploaded the obscene video of the minor.",
            [("uploaded", "uploading")],
        ),
        # "anyone" as an object, a future of another clause (M3); "nothing but" is "only" (M4)
        (
            "Police are trying to identify anyone sharing the obscene video of the minor, and the "
            "accused will be produced in court.",
            [("sharing", "sharing")],
        ),
        (
            "Police found nothing but obscene videos of minors on his phone.",
            [("found nothing but obscene videos", "storing")],
        ),
        # material sent with the messages keeps the sharing (P5)
        (
            "The accused sent obscene messages to the minor with child pornography links.",
            [("sent", "sharing")],
        ),
    ],
)
def test_acts_the_third_session_reviews_kept(
    catalog: Catalog, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _conducts(catalog, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # plain messages to adults, to a body or from a child: neither grooming nor abuse
        # material shared (review 2026-12-03b P6)
        "He sent obscene messages to the parents of the minor girl.",
        "He sent explicit messages to the Child Welfare Committee about the minor.",
        "The 14-year-old girl sent obscene messages to the accused, police said.",
        "The accused sent obscene messages to the 14-year-old girl's teacher.",
    ],
)
def test_messages_to_adults_and_threats_are_no_conduct_on_material(
    catalog: Catalog, text: str
) -> None:
    assert _conducts(catalog, text) == []


def test_plain_photos_in_a_report_of_a_child_s_identity_disclosed_are_that_disclosure(
    catalog: Catalog,
) -> None:
    """POCSO s.23 forbids disclosing a child victim's identity: photos of her family posted and
    shared are that offence, not abuse material; the note says so."""
    text = (
        "The leader was booked under the POCSO Act for posting pictures of the family of the "
        "abducted girl on social media. Police said the pictures revealed the identity of the "
        "girl. Over 750 people shared the picture on Facebook."
    )
    analysis = catalog.analyze(text, D(2023, 1, 1))
    assert analysis.mentions == ()
    assert analysis.mentions_note is not None
    assert "identity disclosed" in analysis.mentions_note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sexual act named beside the material: material of that act
        (
            "Two men raped a 16-year-old girl and live-streamed the act to a friend. The accused "
            "also revealed the identity of the girl.",
            [("live-streamed", "live_streaming")],
        ),
        # an identity not revealed is no report about disclosure
        (
            "A 15-year-old girl complained that her classmate circulated the photos on WhatsApp. "
            "Police have not revealed her identity. He was booked under POCSO.",
            [("circulated", "sharing")],
        ),
    ],
)
def test_material_of_an_act_or_an_identity_kept_back_is_still_read(
    catalog: Catalog, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.conduct) for m in catalog.analyze(text, D(2023, 1, 1)).mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a charge under s.23 or s.228A alone makes no report of identity disclosed; material
        # called sexual, or a provision on abuse material, make it a report of abuse material;
        # an identity denied or an adult's is none (review 2026-12-03c H10)
        (
            "The accused raped the minor. He recorded a video and shared it with his friends. "
            "Police added Section 228A of the IPC.",
            [("recorded", "producing"), ("shared", "sharing")],
        ),
        (
            "The accused recorded the minor's bath. He posted the video on a porn site. Police "
            "declined to disclose the identity of the girl.",
            [("recorded", "producing"), ("posted", "uploading")],
        ),
        (
            "The accused downloaded child pornography. He saved the videos on his phone. The probe "
            "later revealed the identity of his accomplice.",
            [("downloaded", "downloading"), ("saved", "storing")],
        ),
        (
            "The accused posted the video of the minor on Instagram. It revealed the identity of "
            "the girl. The video was obscene.",
            [("posted", "uploading")],
        ),
        # the act that reveals the identity is itself the act on the child's material: a
        # mention on the child keeps the clip of its sentence (review 2026-12-03d)
        (
            "He filmed the 14-year-old girl and circulated the clip, revealing the identity of "
            "the survivor.",
            [("filmed", "producing"), ("circulated", "sharing")],
        ),
    ],
)
def test_reports_of_abuse_material_that_speak_of_identity_keep_their_acts(
    catalog: Catalog, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.conduct) for m in catalog.analyze(text, D(2023, 1, 1)).mentions] == expected


def test_plain_material_in_a_text_about_an_adult_s_pictures_is_not_abuse_material(
    catalog: Catalog,
) -> None:
    """Two Class IX students made an obscene image of their teacher: the child is the maker,
    an adult is shown, and "shared it" is about that image (IT Act s.67B reaches only material
    of a child); the note says so."""
    text = (
        "Two school students from Class IX used AI tools to generate a morphed obscene image "
        "of their female teacher. The students used online platforms to create the manipulated "
        "image and subsequently shared it on various social media platforms and groups."
    )
    analysis = catalog.analyze(text, D(2024, 10, 1))
    assert [m.conduct for m in analysis.mentions] == []
    assert analysis.mentions_note is not None
    assert "adults" in analysis.mentions_note


@pytest.mark.parametrize(
    "text",
    [
        # a picture of a child named too: the plain material may be hers
        "He made a nude video of a woman and a video of the minor girl. He shared the video "
        "on WhatsApp.",
        # child abuse material named
        "He shared obscene videos of a woman. Police also found child pornography. He shared "
        "the clips on Telegram.",
    ],
)
def test_plain_material_beside_a_child_s_material_is_still_read(
    catalog: Catalog, text: str
) -> None:
    assert "sharing" in {m.conduct for m in catalog.analyze(text, D(2024, 10, 1)).mentions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-04a H1: the terms of a trade are no threat set to a victim
        (
            "Police said the accused would forward child sexual abuse material to several groups "
            "if members paid him.",
            ["sharing"],
        ),
        (
            "The accused would upload the obscene videos of minors on the dark web if the buyers "
            "wanted, police said.",
            ["uploading"],
        ),
        # L1: "Rs 50,000," ends no clause
        (
            "He told the minor that if she did not pay Rs 50,000, he would circulate her nude "
            "photos.",
            ["sextortion"],
        ),
        # M1: a warning to all is no threat (and no act)
        (
            "Police warned that the gang would upload more child sexual abuse material on the dark "
            "web if it was not stopped.",
            [],
        ),
        (
            "The accused warned the other members that he would share more child pornography if "
            "they paid Rs 500.",
            [],
        ),
        # H6: a frame reads across "the leaked …"
        (
            "Police recovered the leaked obscene videos of minors from the accused's phone.",
            ["storing"],
        ),
        # M3: "a leaked video" and "the leaked chargesheet" describe
        ("A leaked video of the minor girl shows her being assaulted by three men.", []),
        # H7: a punishment imposed for an act keeps the act
        (
            "The court awarded him three years of imprisonment as punishment for circulating the "
            "obscene video of the 14-year-old girl.",
            ["sharing"],
        ),
        # H8: a list of links to abuse material is shared
        (
            "The accused shared a list of Telegram links containing child sexual abuse material.",
            ["sharing"],
        ),
        # H9: a child and her material sold
        (
            "The accused allegedly sold a 16-year-old girl and her obscene video to a man.",
            ["selling"],
        ),
        # H10, M4: a friend asked to pass a child's video on (no grooming; "send" alone is no
        # sharing: the frame that read it was withdrawn, review 2026-12-19d); advice to children
        (
            "The accused asked his friend to send the obscene video of the minor girl to other "
            "groups.",
            [],
        ),
        (
            "Cyber experts urged parents to ask their children not to send private pictures to "
            "strangers online.",
            [],
        ),
        # H11: a title-case headline is no byline
        (
            "Shared By Accused On Instagram, Obscene Video Of Minor Girl Goes Viral\nThe accused "
            "has been booked under the POCSO Act.",
            ["sharing"],
        ),
        # M2: grooming keeps no picture posted to reveal an identity
        (
            "The accused befriended the 15-year-old girl on Instagram and later posted her "
            "pictures, revealing her identity. He was booked under Section 23 of the POCSO Act.",
            ["grooming"],
        ),
        # H2: the abuser in a video is no adult the video shows; an act on a child is material
        (
            "A video of a man sexually assaulting a girl in a field went viral. The girl, aged "
            "13, told police the accused had also recorded the act and circulated it.",
            ["producing", "sharing"],
        ),
        (
            "Police said the accused shared an obscene video of a woman on Facebook. The woman's "
            "minor daughter's photos were also morphed and uploaded by him, police said.",
            ["producing", "uploading"],
        ),
    ],
)
def test_the_fourth_review_s_findings_are_mended(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    """Review 2026-12-04a: each text read as the review found right."""
    assert [c for _, c in _conducts(catalog, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-04b N1: a condition on a victim's own material is a threat
        (
            "The accused told the minor boy that he would upload his obscene video online if he "
            "did not send more videos.",
            ["sextortion"],
        ),
        (
            "The accused told the minor girl that he would upload her obscene video on Instagram "
            "if the money was not paid.",
            ["sextortion"],
        ),
        # N2: the law's punishment for a conduct is law
        (
            "The punishment for sharing child pornography under Section 67B of the IT Act is up "
            "to five years in jail.",
            [],
        ),
        ("What is the punishment for watching child pornography in India?", []),
        (
            "He received the maximum punishment for recording and circulating the nude videos of "
            "the minor.",
            ["producing", "sharing"],
        ),
        # N4: a name beside obscene photos keeps the sharing
        (
            "The accused shared the name and obscene photos of the minor girl on Facebook.",
            ["sharing"],
        ),
        # N5: a child sold, then a new verb on material
        ("The accused sold the minor girl and made obscene videos of her.", ["producing"]),
        # N7: a warning to a boy or by age
        (
            "The accused warned the 15-year-old that he would circulate the video on social media.",
            ["sextortion"],
        ),
        # N8: "that" opens a relative clause
        (
            "The accused that circulated child pornography on Telegram was arrested by the cyber "
            "police.",
            ["sharing"],
        ),
    ],
)
def test_the_fifth_review_s_findings_are_mended(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    """Review 2026-12-04b: each text read as the review found right."""
    assert [c for _, c in _conducts(catalog, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-04c C1: a trader's stock ("his videos of minor girls") is no victim's
        (
            "The accused said he would sell his videos of minor girls if someone paid Rs 500.",
            ["selling"],
        ),
        # C2: a survivor's name and plain photo leaked are her identity disclosed
        ("A news channel leaked the name and photo of the minor rape survivor.", []),
        # C4: "and the recorded videos of her": her material is sold too ("the recorded"
        # describes the videos: the recording is not told; seventeenth session)
        (
            "The accused sold the minor girl and the recorded videos of her to a man.",
            ["selling"],
        ),
        # C5: one who faces punishment for an act is charged with it
        ("The accused faces punishment for sharing the obscene video of the minor.", ["sharing"]),
    ],
)
def test_the_sixth_review_s_findings_are_mended(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    """Review 2026-12-04c: each text read as the review found right."""
    assert [c for _, c in _conducts(catalog, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-04d D1, D2: a victim told "not to tell anyone"; "their videos"
        (
            "He told the minor he would make her obscene video viral if she told anyone.",
            ["sextortion"],
        ),
        ("He would upload their videos unless the children paid him.", ["sextortion"]),
        # D3: a name with vulgar photos is sharing
        ("The accused shared the names and vulgar photos of the minor girls.", ["sharing"]),
        # D5: a new clause after "and the man"; "and also her obscene videos" sold
        ("The accused sold the minor girl and the man made videos of her.", ["producing"]),
        ("The accused sold the minor girl and also her obscene videos.", ["selling"]),
        # D6: offenders in general face the law's punishment; one given it was punished
        ("Offenders face punishment for sharing child pornography under Section 67B.", []),
        (
            "He was given five years RI as punishment for uploading obscene videos of minors.",
            ["uploading"],
        ),
    ],
)
def test_the_seventh_review_s_findings_are_mended(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    """Review 2026-12-04d: each text read as the review found right."""
    assert [c for _, c in _conducts(catalog, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-05a E1: one person who faces punishment for an act is charged with it
        ("The accused faces punishment for sharing child pornography on WhatsApp.", ["sharing"]),
        (
            "The youth, arrested on Monday, faces punishment for circulating obscene videos of "
            "minors.",
            ["sharing"],
        ),
        (
            "The accused, who is facing punishment for sharing child pornography, was denied bail.",
            ["sharing"],
        ),
        (
            "The 22-year-old faces punishment for uploading child sexual abuse material on "
            "Instagram.",
            ["uploading"],
        ),
        ("Anyone can face punishment for downloading child pornography, police warned.", []),
        # E2: "given"/"gave" only as a sentence given
        (
            "The police gave information about the punishment for sharing child pornography at "
            "the awareness camp.",
            [],
        ),
        (
            "The accused was given bail although the punishment for storing child pornography is "
            "up to seven years.",
            [],
        ),
        (
            "Meanwhile, given the rise in cases, experts said the punishment for sharing child "
            "pornography should be raised.",
            [],
        ),
        (
            "The court gave him three years as punishment for circulating child pornography on "
            "WhatsApp.",
            ["sharing"],
        ),
        # E3: "sexual assault survivor", "rape case", "private school" name no sexual material
        (
            "The accused shared the name and photo of the minor sexual assault survivor on "
            "Facebook.",
            [],
        ),
        (
            "The youth shared the name of the minor rape survivor and the name of her private "
            "school on Instagram.",
            [],
        ),
        ("The accused shared the name and photos of the minor's private parts.", ["sharing"]),
        # E5: an offer to anyone who pays is a trade, not a threat
        (
            "The accused said he would sell her obscene videos if anyone paid Rs 2,000. He was "
            "booked under the POCSO Act.",
            ["selling"],
        ),
        (
            "The admin told the group that he would upload the schoolgirl's obscene clips if any "
            "member paid Rs 50.",
            ["administering", "uploading"],
        ),
        # E6: an adverb or a number before a participle makes no new clause
        (
            "The accused sold the minor girl and her three recorded videos to a man in Delhi.",
            ["selling", "producing"],
        ),
        (
            "The accused sold the minor girl and the illegally shot obscene videos of her.",
            ["selling", "producing"],
        ),
    ],
)
def test_the_eighth_review_s_findings_are_mended(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    """Review 2026-12-05a: each text read as the review found right."""
    assert [c for _, c in _conducts(catalog, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an operation's own count of cases tells what its accused did; cases against people
        (
            "As many as 268 cases were registered for circulating pictures of children through "
            "WhatsApp.",
            ["sharing"],
        ),
        ("Police registered cases against 58 for sharing child pornography.", ["sharing"]),
        # pictures used to threaten a child are the threat of POCSO s.11(v)
        (
            "He was using videos and nude pictures of the 15-year-old girl to threaten her.",
            ["sextortion"],
        ),
        # an adult's possessive before the pictures: adults' material, not read
        ("Spurned lover shares woman's private pics online, arrested.", []),
    ],
)
def test_counts_threats_by_pictures_and_adults_pictures(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    """A count is a statistic only in statistics' words; pictures used to threaten are a
    threat; an adult's pictures are no child's (IT Act s.67B and POCSO reach children only)."""
    assert [c for _, c in _conducts(catalog, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-05b H1: blackmail done keeps the act after it
        (
            "The accused had been blackmailing the 15-year-old girl and uploading her obscene "
            "videos on Instagram.",
            ["sextortion", "uploading"],
        ),
        (
            "He was arrested on charges of sextortion and uploading child pornography on Telegram.",
            ["sextortion", "uploading"],
        ),
        # H3: a topic cue across a comma or far before the act
        (
            "Despite a ban on the app, the youth downloaded child pornography on his phone.",
            ["downloading"],
        ),
        (
            "He struck a deal with the buyer and sold obscene videos of the 14-year-old girl.",
            ["buying", "selling"],
        ),
        (
            "He was dealing with the buyer and sold obscene videos of the 14-year-old girl.",
            ["buying", "selling"],
        ),
        # H4: warnings to all who face punishment
        ("Users in Kerala face punishment for sharing child pornography, the ADGP said.", []),
        ("A student faces punishment for sharing child pornography, the officer said.", []),
        (
            "The youth, arrested on Monday, faces punishment for circulating obscene videos of "
            "minors.",
            ["sharing"],
        ),
        # H5: a condition on anyone who learns of it is set to the victim
        (
            "He told the 15-year-old that he would share her nude photos if anyone came to know "
            "about their relationship.",
            ["sextortion"],
        ),
        # H6: material posted at a time, photos sent in a letter
        ("The obscene video of the minor was posted at midnight on Facebook.", ["uploading"]),
        (
            "He sent a letter with the nude photos of the minor girl to her school principal.",
            ["sharing"],
        ),
        # H8: clips of the sexual assault are abuse material beside her name
        (
            "The accused shared the name of the minor and clips of the sexual abuse on WhatsApp, "
            "revealing her identity.",
            ["sharing"],
        ),
        # M1, M2: a price is no count; the arrested offenders' habit is their act
        (
            "In two cases registered in Pune, the accused charged members Rs 200 for sharing "
            "obscene videos of minors.",
            ["sharing"],
        ),
        (
            "Police said the two arrested offenders would share child pornography in WhatsApp "
            "groups every night.",
            ["sharing"],
        ),
        # M6: details or a deadline given are no sentence
        (
            "The minister gave them details of the punishment for sharing child pornography.",
            [],
        ),
        (
            "The committee was given three months to recommend the punishment for sharing child "
            "pornography.",
            [],
        ),
    ],
)
def test_the_ninth_review_s_findings_are_mended(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    """Review 2026-12-05b: each text read as the review found right."""
    assert sorted(c for _, c in _conducts(catalog, text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-05c: topic cues with their own phrase between, or a person as object
        ("The DGP said the war against peddlers of child pornography will continue.", []),
        # lists of topic nouns, with commas too (review 2026-12-05e H1, 05g G3)
        (
            "The NGO is running a campaign against the creation, storage and sharing of child "
            "sexual abuse material.",
            [],
        ),
        (
            "The government imposed a ban on the online downloading and sharing of child "
            "pornography.",
            [],
        ),
        # "posted at least" is an upload (H7)
        (
            "The accused had earlier posted at least five obscene videos of the minor on "
            "Instagram.",
            ["uploading"],
        ),
        ("The unit will combat the growing online circulation of child pornography.", []),
        ("Cyber police are tackling the online sharing of nude photos of minors.", []),
        # officers posted at a cell; the act after them is read
        (
            "Two constables who were posted at the cyber cell were found sharing child "
            "pornography.",
            ["sharing"],
        ),
        # one person of the report faces punishment; people in general do not
        ("The youth from Bhopal faces punishment for uploading child pornography.", ["uploading"]),
        (
            "The Noida-based techie faces punishment for downloading child pornography.",
            ["downloading"],
        ),
        (
            "Rahul, the school's computer teacher, faces punishment for storing child pornography.",
            ["storing"],
        ),
        ("Users in Tamil Nadu face punishment for downloading child pornography.", []),
        ("Even NRIs face punishment for viewing child pornography in India, the SP said.", []),
        # a forecast with "some" or in a warning is no act
        (
            "Cyber experts warned that some predators would share children's photos on the dark "
            "web.",
            [],
        ),
        (
            "The SP warned that the predators would circulate children's obscene photos.",
            [],
        ),
        # a victim's name and a photo of the accused or the place is her identity
        (
            "The accused shared the name of the minor and a photo of the sexual assault accused "
            "on WhatsApp, revealing her identity.",
            [],
        ),
    ],
)
def test_the_tenth_review_s_findings_are_mended(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    """Review 2026-12-05c: each text read as the review found right."""
    assert sorted(c for _, c in _conducts(catalog, text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-05d H1: an act told after a cue and a new subject is read
        (
            "Despite the ban on Telegram he uploaded obscene videos of the minor on a mirror "
            "channel.",
            ["uploading"],
        ),
        ("What is shocking is he shared the 12-year-old's nude photos.", ["sharing"]),
        (
            "The accused ran some kind of online racket selling obscene videos of minors.",
            ["selling"],
        ),
        # H2: the roles of the offence and bodies of people face the law in general
        (
            "The sender of such videos also faces punishment for sharing child pornography, the "
            "SP warned.",
            [],
        ),
        ("Indian Army personnel face punishment for viewing child pornography.", []),
        ("Each of the accused faces punishment for sharing child pornography.", ["sharing"]),
        # H7: a video of the rape itself beside her name is abuse material
        (
            "The accused shared the name of the minor and a video of the rape of the girl on "
            "WhatsApp, revealing her identity.",
            ["sharing"],
        ),
    ],
)
def test_the_eleventh_review_s_findings_are_mended(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    """Review 2026-12-05d: each text read as the review found right."""
    assert sorted(c for _, c in _conducts(catalog, text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # M2: a person posted at a workplace is stationed there
        (
            "A teacher posted at a government school in Sitapur was arrested for sharing obscene "
            "videos of a minor girl.",
            ["sharing"],
        ),
        (
            "The clerk posted in the tehsil office was booked under the POCSO Act after a minor's "
            "obscene photos surfaced.",
            [],
        ),
        (
            "The teacher posted in the school's WhatsApp group an obscene video of a minor "
            "student.",
            ["uploading"],
        ),
        (
            "He posted at the school's Facebook page obscene photos of a minor girl.",
            ["uploading"],
        ),
        # M1: a body's task or a measure names the topic
        (
            "The cell tasked with controlling the circulation of child pornography arrested two "
            "men.",
            [],
        ),
        ("Police have taken steps to curb the spread of child sexual abuse material online.", []),
        (
            "The state launched a crackdown on the sharing of child pornography on Telegram.",
            [],
        ),
        (
            "Police said the accused was controlling the sale of obscene videos of minors through "
            "a Telegram channel.",
            ["selling"],
        ),
    ],
)
def test_the_fifteenth_review_s_medium_findings_are_mended(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    """Review 2026-12-05g: officers posted at a workplace and bodies tasked with controlling the
    circulation of material are no conduct; what they do with material is."""
    assert sorted(c for _, c in _conducts(catalog, text)) == sorted(expected)


def test_a_cue_s_own_object_before_a_comma_is_no_list_of_conduct(catalog: Catalog) -> None:
    """Review 2026-12-06a J-M2: "the money transaction" is the cue's object, not a conduct noun
    listed with "uploading" after the comma; the accused's act is read."""
    text = (
        "While tackling the money transaction, uploading of obscene videos of minors by the "
        "accused came to light."
    )
    assert [c for _, c in _conducts(catalog, text)] == ["uploading"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We are keeping a constant watch. Our IT teams are monitoring social media," he '
            "said. The accused was booked under the POCSO Act.",
            [],
        ),
        (
            "The accused watched child pornography on his phone and kept a watch on the girl.",
            ["viewing"],
        ),
        (
            "After the girl told her family, the news started spreading and the teacher fled. He "
            "was booked under the POCSO Act.",
            [],
        ),
        (
            "The accused spread obscene videos of the minor, causing panic in the village.",
            ["sharing"],
        ),
    ],
)
def test_a_watch_kept_and_news_spread_are_no_conduct(
    catalog: Catalog, text: str, expected: list[str]
) -> None:
    """Vigilance ("keeping a constant watch") is no viewing; news or rumours spreading are no
    material shared; the accused's own acts in the same sentences are."""
    assert sorted(c for _, c in _conducts(catalog, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "view" the noun (an opinion; "with a view to", "keeping in view") is no viewing
        "The bench noted that mere viewing of child pornography in private is not an offence, "
        "a view the Supreme Court later overturned.",
        "Keeping in view the obscene videos of the minor, police added Section 67B.",
        "The court took a different view of the obscene videos of the minor.",
    ],
)
def test_view_the_noun_is_no_viewing(catalog: Catalog, text: str) -> None:
    assert "viewing" not in {conduct for _, conduct in _conducts(catalog, text)}


def test_the_verb_view_is_still_viewing(catalog: Catalog) -> None:
    text = "He used to view child pornography on his phone every night."
    assert ("view", "viewing") in _conducts(catalog, text)


@pytest.mark.parametrize(
    "text",
    [
        # a talk about a kind of conduct, a definition of one
        "We are talking to them about cyber grooming and other issues.",
        "Cyber bullying is when someone shares a child's photograph on the Internet.",
    ],
)
def test_a_talk_or_a_definition_is_no_act(catalog: Catalog, text: str) -> None:
    assert _conducts(catalog, text) == []


def test_blackmail_for_monetary_gains_is_no_selling(catalog: Catalog) -> None:
    # review 2026-12-07c: "for monetary gains" is the police's word for extortion too, so it
    # is no selling term
    text = "The accused morphed photos of minor girls and blackmailed them for monetary gains."
    assert "selling" not in {conduct for _, conduct in _conducts(catalog, text)}


def test_narration_after_spoke_about_is_an_act(catalog: Catalog) -> None:
    # "spoke about how the accused shared …" narrates an act; no talk cue hides it
    text = "In her statement, the girl spoke about how the accused shared her explicit photos."
    assert "sharing" in {conduct for _, conduct in _conducts(catalog, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said the accused shared child pornography.\nSite Admin | September 24, 2024",
            {"sharing"},
        ),
        # a date after "on" (review 2026-12-08c L5)
        (
            "Posted by Site Admin on September 24, 2024\nThe accused shared obscene videos of a "
            "minor girl on WhatsApp.",
            {"sharing"},
        ),
        (
            "Posted by Site Admin. Police arrested a man for sharing child sexual abuse material "
            "on Telegram. The victim is a minor.",
            {"sharing"},
        ),
        (
            "Police said the accused was the site admin of a dark web portal that hosted child "
            "sexual abuse material.",
            {"administering"},
        ),
    ],
)
def test_a_pages_signature_is_no_administrator(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """A byline's name ("Site Admin | date", "Posted by Site Admin.") signs the page; the site
    admin of a portal runs it (review 2026-12-08a M2)."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # H2: a threat in another clause leaves the money's sale
        (
            "Police said the gang circulated child pornography videos on Telegram for money, "
            "posing a serious threat to children.",
            {"sharing", "selling"},
        ),
        (
            "The accused shared child pornography videos for money and threatened to kill the "
            "informer.",
            {"sharing", "selling"},
        ),
        # H4: the lure as the accused's means; leaflets bearing the child's pictures
        (
            "On the lure of a modelling job, the accused made the 14-year-old girl send her nude "
            "photos on Instagram.",
            {"grooming"},
        ),
        (
            "He printed and distributed leaflets bearing obscene pictures of the girl. The girl is "
            "a minor.",
            {"sharing"},
        ),
        # M3: a website or links made are no material produced
        ("The accused created a website for child pornography.", set()),
        (
            "He created links of child pornography videos and sold them on Telegram.",
            {"selling"},
        ),
        # L4: a headline that begins with "Site admin" names an administrator
        (
            "Site admin marketed child sexual abuse videos on Telegram. The victim is a minor.",
            {"administering"},
        ),
    ],
)
def test_the_twenty_seventh_review_s_english_conduct(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-08b: refusing settings by clause, "the lure of", leaflets, things
    created, bylines."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # H1: blackmail said further back in the clause still refuses "for money"
        (
            "The accused had been blackmailing the minor girl with her obscene photos for money.",
            {"sextortion"},
        ),
        # H2: the lure as motive or in advice is no grooming
        ("Under the lure of quick money, the accused sold obscene videos of minors.", {"selling"}),
        (
            "Students should not fall prey to the lure of online friendships that lead to child "
            "pornography.",
            set(),
        ),
        # H6: counted reports of someone's material stay his acts
        (
            "12 instances of child pornography stored on his laptop were found.",
            {"storing"},
        ),
    ],
)
def test_the_twenty_eighth_review_s_english_conduct(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-08c: refusing settings' reach, "the lure of", counted reports."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # M3: a site after a preposition is what material was made for, not what was made
        ("The accused made child pornography videos for a website.", {"producing"}),
        ("He made child pornography for a website.", {"producing"}),
        ("He created child pornography videos for an app.", {"producing"}),
        ("The accused created a website for child pornography.", set()),
        ("He created a fake account on Instagram.", set()),
    ],
)
def test_a_site_made_for_is_not_the_thing_made(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-08c M3: `not_after` of the producing `not_objects` rule."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the law in general, with "constitutes a criminal offence"
        (
            "Under the law, engaging in the viewing, distribution, or storage of any child "
            "pornographic content constitutes a criminal offence.",
            set(),
        ),
        # a petition seeking a measure, not material
        (
            "The court was not inclined to consider a petition seeking a complete prohibition on "
            "pornography.",
            set(),
        ),
        ("Plea seeks national policy on porn regulation for minors.", set()),
        ("The petitioners are seeking bans on child pornography websites.", set()),
        ("He was seeking child pornography on the dark web.", {"viewing"}),
        # money sent by a scam's victims; money as a purpose stays trade
        (
            "Many parents of minor students fell victim to these scams and sent money without "
            "verifying the claims.",
            set(),
        ),
        (
            "A rape video of the minor girl was being circulated for money on the platform.",
            {"selling", "sharing"},
        ),
        ("The accused sent money and obscene photos to the minor girl.", {"grooming"}),
        # a list of topics, however long; not a list the accused's act follows
        (
            "The session addressed critical topics such as safe and unsafe touch, the privacy of "
            "body parts, individual rights, grooming, and appropriate responses.",
            set(),
        ),
        ("Experts spoke on issues like cyber grooming, sextortion and online safety.", set()),
        (
            "He raised topics such as school fees and then sent obscene photos to the minor girl.",
            {"grooming"},
        ),
        ("The commission has a duty to spread child rights literacy.", set()),
        # "videographed" is filming an act or a child; not the law's videography of a
        # statement, a search or a post-mortem (review 2026-12-09a H4)
        ("The accused raped the minor girl and went on to videograph the act.", {"producing"}),
        ("The accused videographed the minor girl while she was changing clothes.", {"producing"}),
        (
            "The statement of the minor victim was videographed as required under Section 25 of "
            "the POCSO Act.",
            set(),
        ),
        ("As mandated by Section 105 of the BNSS, the search and seizure was videographed.", set()),
        ("The post-mortem of the minor was videographed.", set()),
    ],
)
def test_the_thirteenth_session_s_fresh_batch_conduct(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """From the thirteenth session's fresh batches (measured first): law predicates, measures
    sought, money sent, lists of topics (`topic_list_cues`), "videograph"."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the child's sending asked or forced of her is the offender's enticing or use of her,
        # not his sharing (the frames replace it); a child named by "teenager"
        ("The accused asked the teenager to share nude photos of herself.", {"grooming"}),
        ("The accused asked the girl to share nude photos of herself.", {"grooming"}),
        ("The accused coerced the minor into sending nude pictures.", {"producing"}),
        # the police's evidence, records and watch; a victim telling what happened
        (
            "We went after them only after procuring enough digital evidence, the officer said.",
            set(),
        ),
        ("Data accessed from the SHE Teams shows a rise in cases involving minors.", set()),
        (
            "The officials tracking circulation of child sexual abuse material identified four "
            "people.",
            set(),
        ),
        (
            "Gurugram man booked after US-based NGO tracks him for spreading child pornography.",
            {"sharing"},
        ),
        # "what" is no object word: "shared what he claimed were nude photos" is sharing
        # (review 2026-12-09b M6)
        ("The accused shared what he claimed were nude photos of the minor girl.", {"sharing"}),
        (
            "The POCSO Act provides for stringent punishment for storage of pornographic material "
            "involving children.",
            set(),
        ),
    ],
)
def test_the_label_agreement_sample_s_conduct(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """From lawref's errors on the 40 reports relabelled blind (`benchmarks/agreement`): what a
    child is asked to send, evidence procured, data accessed, an agency tracking, a victim's
    account, a law providing for punishment."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Generally, the abusers get into an online friendship with children and start "
            "exchanging their photographs.",
            set(),
        ),
        ("Often, the predators use the pictures to blackmail the victims.", set()),
        (
            "Cyber criminals use high-end software applications, morph photographs and make them "
            "viral to blackmail children.",
            set(),
        ),
        # a determiner alone: the report's own offenders
        ("The predators lure children through online games.", {"grooming"}),
        # a past, an arrest, a particular case: what was done
        ("The predators lured the minor girl and shared her photos.", {"grooming", "sharing"}),
        (
            "The abusers, who were arrested on Monday, shared the photos of the minor girl.",
            {"sharing"},
        ),
        (
            "The offenders share photos of the minor girl, police said, and the accused was "
            "arrested.",
            {"sharing"},
        ),
    ],
)
def test_a_sentence_about_offenders_in_general_tells_no_act(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """`generic_sentence_openers`: a sentence that opens with offenders in general and a verb in
    the present, naming no particular case, says what offenders do, not what one did."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A predator may groom a child online for months before asking for nude photos.", set()),
        (
            "According to the bulletin, an offender can use AI to take an image of a child and "
            "create an image of a child being sexually abused.",
            set(),
        ),
        # after a reporting verb and "that" (review 2027-01-03d H9)
        ("Police said that a predator can groom a child online for months.", set()),
        (
            "Police said that the accused shared the videos of the minor girl on Telegram.",
            {"sharing"},
        ),
        # a headline's present, a habitual past: a particular case (review 2027-01-03b H7)
        (
            "A paedophile uploads a video of a 6-year-old girl; Mumbai cops register case.",
            {"uploading"},
        ),
        (
            "A predator grooms a minor on Instagram, extorts her; police trace him to Bihar.",
            {"grooming"},
        ),
        # a past, the report's own offender, a particular case: what was done
        (
            "A predator groomed the minor girl online and sent her obscene videos.",
            {"grooming", "sharing"},
        ),
        (
            "The offender can be seen sharing obscene videos of the minor girl in the clip.",
            {"sharing"},
        ),
        (
            "An offender shares obscene videos of the minor girl, the complaint states, and the "
            "accused was arrested.",
            {"sharing"},
        ),
    ],
)
def test_one_offender_in_general_tells_no_act(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """`generic_subjects_singular`: "an offender", "a predator" after "a" or "an", with a modal
    (`generic_modals`), is any offender, as an explainer speaks of one; a past, a present (a
    headline's), "the offender", or a particular case tells what was done."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page's category label, mid-line
        (
            "Controlling Child-Porn Related offences 29/07/2019 \u2013 Posted in: Press "
            "Information Bureau",
            set(),
        ),
        ("Posted in: Juvenile Laws\nThe court heard a POCSO appeal.", set()),
        # figures posting a change
        (
            "In 2022, the number of cases where children were victims stands at 1823, posting a "
            "32 percent increase upon the previous year.",
            set(),
        ),
        (
            "The accused was posting obscene videos of the minor girl, leading to an increase in "
            "complaints.",
            {"uploading"},
        ),
        # an attempt is the act
        (
            "He lured her to send her private photos and used them to try to blackmail her.",
            {"grooming", "sextortion"},
        ),
    ],
)
def test_page_labels_and_figures_post_nothing(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """From the dev errors of the thirteenth session: "Posted in:" (`_byline`), "posting a 32
    percent increase" (`not_objects` of uploading)."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Delhi Police have arrested 95 people for offences related to the dissemination "
            "or distribution of child pornography.",
            {"sharing"},
        ),
        ("Police registered 40 cases related to the distribution of child pornography.", set()),
        # "held" is no charge: a meeting held (review 2026-12-09b H1)
        (
            "A workshop was held for students on cybercrimes related to the sharing of child "
            "pornography.",
            set(),
        ),
        ("The cyber cell monitors content related to the sharing of child pornography.", set()),
    ],
)
def test_a_charge_related_to_conduct_is_the_charge(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """`related_cues` after one of `charged_words` name what the arrested were arrested for;
    counted cases and an agency's watch stay topics."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minor girl's screams attracted locals who saved her and got the assaulter "
            "arrested.",
            set(),
        ),
        # "them" and "as" are no person's words: real storing (review 2026-12-09b H2)
        (
            "He downloaded the obscene videos of the minor girl and kept them in his laptop.",
            {"downloading", "storing"},
        ),
        ("He saved as many as 200 child pornography videos.", {"storing"}),
        ("A few teenagers have kept the State police on the run in the past few days.", set()),
        ("During the arrest, police seized two mobile phones from his possession.", set()),
        ("The accused saved her photos and videos on his phone.", {"storing"}),
        ("Police found child sexual abuse material in his possession.", {"storing"}),
    ],
)
def test_people_saved_or_kept_and_things_seized_are_no_storing(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """A person saved or kept, the police kept busy (`not_objects` of storing), phones seized
    "from his possession" (`not_conduct`) are no material kept."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Outrage followed after clips of the minor were circulated widely.", set()),
        (
            "The obscene video of the minor was circulated widely on social media by the accused.",
            {"sharing"},
        ),
        (
            "The obscene video of the minor, which the accused circulated widely on WhatsApp, led "
            "to the arrest.",
            {"sharing"},
        ),
    ],
)
def test_material_circulated_widely_spread_of_itself_unless_an_offender_did_it(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-08c M2: "circulated widely" is a `needed_settings` trigger, read as
    sharing only where an offender is named with it."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of topics ends at a finite verb, and an item done "by the accused" is his act
        (
            "The accused, who faced issues such as depression, was sharing child pornography "
            "videos on Telegram.",
            {"sharing"},
        ),
        (
            "Investigators probed issues such as the sharing of the videos by the accused on 20 "
            "WhatsApp groups.",
            {"sharing"},
        ),
        (
            "The workshop covered topics such as cyber grooming, sextortion and the sharing of "
            "intimate images.",
            set(),
        ),
        # money and traffic generated are no material made
        (
            "The gang generated huge profits from apps that streamed obscene videos of minors.",
            set(),
        ),
        # the law's predicate does not reach the accused's own act, nor past a ";"
        (
            "The court held that the accused's act of recording the bath video of the minor "
            "constitutes a crime under the POCSO Act.",
            {"producing"},
        ),
        (
            "He shared child sexual abuse material on Telegram; the prosecution argued this "
            "constitutes a crime under Section 67B.",
            {"sharing"},
        ),
    ],
)
def test_the_twenty_ninth_review_s_english_conduct(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-09a M3 (topic lists), M4 (revenue), M6 (law predicates)."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's, one's, anyone's act of … is law stated in general (M5)
        (
            "The court said that a person's act of viewing child pornography in private "
            "constitutes an offence under Section 67B.",
            set(),
        ),
        (
            "The bench observed that one's act of watching child pornography privately is not "
            "an offence.",
            set(),
        ),
        (
            "The Supreme Court said their act of sharing such material is an offence; viewing "
            "alone is also covered by Section 15.",
            set(),
        ),
        (
            "The court held that his act of sharing the video of the minor constitutes an offence.",
            {"sharing"},
        ),
        # a child asked to pass on another's material: the sending stays (M4)
        (
            "The accused asked the teenager to share the obscene video of the girl in his school "
            "WhatsApp group.",
            {"sharing"},
        ),
        (
            "The accused forced the boy to share obscene photos of his classmate on Instagram.",
            {"sharing"},
        ),
        ("The accused asked the teenager to share nude photos of herself.", {"grooming"}),
        ("He persuaded the minor to send obscene pictures of her to him.", {"grooming"}),
        ("The accused forced the 15-year-old girl to send her nude photos.", {"producing"}),
        # the videograph frame keeps to its clause, and finds a victim or an age (M8)
        (
            "The rescue of the children was videographed and the girls were sent to a shelter.",
            set(),
        ),
        ("The accused secretly videographed the victim in the bathroom.", {"producing"}),
        ("He videographed the 14-year-old in a compromising position.", {"producing"}),
    ],
)
def test_the_thirtieth_review_s_english_conduct(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-09b M4 (another's material), M5 (generic possessives), M8 (videograph)."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "her/his" + a plural is one person's, and a name is no verb (L3)
        (
            "Offenders sell her videos on Telegram, the victim's mother alleged in her complaint.",
            {"selling"},
        ),
        ("Criminals Ravi and Mohan sell child pornography on Telegram, police said.", {"selling"}),
        ("Predators share child sexual abuse material on encrypted apps.", set()),
        # "circulated widely" by those reports name as its spreader (L4)
        (
            "The obscene video of the girl was circulated widely on social media by her former "
            "boyfriend.",
            {"sharing"},
        ),
        (
            "The youth circulated widely the obscene photos of the minor girl on Instagram.",
            {"sharing"},
        ),
        # "by them" after people in general in an awareness list (L2)
        (
            "Students learnt about dangers such as the sharing of nude photos by them with "
            "strangers.",
            set(),
        ),
        (
            "Investigators probed issues such as the sharing of the videos by him on 20 WhatsApp "
            "groups.",
            {"sharing"},
        ),
    ],
)
def test_the_thirtieth_review_s_low_findings(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-09b L2 (pronoun doers), L3 (generic sentences), L4 (circulated widely)."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people kept or saved are no material stored (H1)
        ("The accused lured the two minor girls and kept them in his house for a week.", set()),
        ("The children were sold by their parents and kept as bonded labourers.", set()),
        ("The rescued children had been kept as hostages for ransom.", set()),
        ("The accused kept as many as five minor girls in a rented house in Delhi.", set()),
        ("Villagers saved them from drowning in the river.", set()),
        # material named after, or earlier in the sentence, keeps the storing
        (
            "He downloaded the obscene videos of minors and kept them in his laptop.",
            {"downloading", "storing"},
        ),
        ("He had saved as many as 200 child pornography videos on his phone.", {"storing"}),
        # what happened told is no material shared (H2)
        ("The girl shared what the accused had done with her mother.", set()),
        ("Once the student shared what happened with her family, the teacher fled.", set()),
        (
            "The girl's mother shared what she had seen on her daughter's phone with the police.",
            set(),
        ),
        (
            "The accused shared what he claimed were nude photos of the minor on Instagram.",
            {"sharing"},
        ),
    ],
)
def test_people_kept_and_what_happened_told_are_no_material(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-10a H1 and H2: "them", "as" and "what" refuse storing and sharing unless
    material is named after them (or, for storing, earlier in the sentence)."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a provision's reach (dev-29)
        (
            "The court held that Section 67B of the IT Act criminalizes the publication, "
            "transmission, or creation of any material depicting children in sexually explicit "
            "acts.",
            set(),
        ),
        # the statute's verbs listed before a run of its words
        (
            "The order erred on Section 67B, which mandates that one who publishes, transmits or "
            "causes to be published or transmitted any material in any electronic form which "
            "depicts children engaged in sexually explicit act or conduct commits an offence.",
            set(),
        ),
        # the statute's words in an allegation, with other words between
        (
            "Two other persons joined the group, and one of them posted in the group a porn "
            "video depicting children engaged in sexually explicit act.",
            {"uploading"},
        ),
    ],
)
def test_a_provision_s_reach_and_its_listed_verbs_are_law(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """A fresh batch's court reports (dev-29): "criminalizes" opens a provision's reach, and a
    verb listed right before a run of a provision's words is part of the restated law."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # connections, shock and people sent are no links or material (dev-28)
        (
            "The CBI is probing the online child sexual abuse cases, which has links to foreign "
            "countries.",
            set(),
        ),
        ("Four persons were arrested in the incident that sent shockwaves in the state.", set()),
        ("As many as 108 juveniles were sent there for committing POCSO crimes.", set()),
        # children trapped for pornography, a vow to leak, a video shot by someone
        (
            "It was revealed that paedophiles were allegedly trapping minors for pornography.",
            {"grooming"},
        ),
        ("Three children were trapped in the fire at the school.", set()),
        (
            "The boys started a second group and vowed to leak nude pictures of those who "
            "revealed them.",
            {"administering", "sextortion"},
        ),
        ("The minister vowed to curb the sharing of child pornography.", set()),
        ("The video of the minor was shot by the accused on his phone.", {"producing"}),
    ],
)
def test_the_fourteenth_session_s_fresh_news(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """A fresh batch of English news (dev-28), its errors read after it was measured."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a charge governs the relation cue after it (review 2026-12-10a M3, M4)
        (
            "The youth was held for offences related to the circulation of obscene videos of a "
            "minor girl.",
            {"sharing"},
        ),
        (
            "Two men were held by the cyber police in connection with cases pertaining to the "
            "sale of child pornography on Telegram.",
            {"selling"},
        ),
        (
            "A workshop was held at the district collectorate on cybercrimes related to the "
            "sharing of child sexual abuse material.",
            set(),
        ),
        (
            "He was arrested on Tuesday; the police have registered 40 cases related to the "
            "distribution of child pornography this year.",
            set(),
        ),
        (
            "The man was booked and the court heard arguments related to the circulation of the "
            "video.",
            set(),
        ),
        (
            "The accused, who was arrested last year, attended a counselling session related to "
            "the viewing of pornography.",
            set(),
        ),
    ],
)
def test_a_charge_governs_the_relation_cue_after_it(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-10a M3 and M4: "related to" is the charge's only where an arrest or a
    charge governs it, with only a charge's words between."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb joined by "and" right after a frame's trigger shares its object
        (
            "The court refused bail to a boy accused of making and circulating an explicit video "
            "of a 14-year-old girl.",
            {"producing", "sharing"},
        ),
        (
            "He might be engaged in making and exchanging child sexual abuse material.",
            {"producing", "sharing"},
        ),
        ("The man was making tea and sharing videos of the minor on WhatsApp.", {"sharing"}),
        # sexting a minor is grooming
        (
            "The court said it was established the convict was guilty of sexting the minor "
            "survivor.",
            {"grooming"},
        ),
        # a child used for pornographic purposes (POCSO s.13's words), not the present of law
        (
            "The court jailed the man for using a minor girl for pornographic purposes.",
            {"producing"},
        ),
        (
            "The sections of the act also apply to the accused who uses a child for pornographic "
            "purpose.",
            set(),
        ),
    ],
)
def test_joined_verbs_and_a_child_used_for_pornographic_purposes(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """The fourteenth session's dev errors: "making and circulating an explicit video" makes
    the video; "using a minor girl for pornographic purposes" is producing (POCSO s.13)."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a charge's words before the cue, the charge anywhere earlier in its clause (H1)
        (
            "A 24-year-old man was arrested on Sunday for offences related to the circulation of "
            "child pornography.",
            {"sharing"},
        ),
        (
            "A youth was arrested from his residence in Thane on charges relating to the "
            "circulation of child pornography.",
            {"sharing"},
        ),
        (
            "The accused were arrested and remanded in connection with offences relating to the "
            "sale of child pornography.",
            {"selling"},
        ),
        (
            "A seminar was organised and officials who arrested several offenders spoke on crimes "
            "related to the sharing of child sexual abuse material.",
            set(),
        ),
        # "saved it" names a file; "them" before a place for files is material (H2)
        (
            "The accused recorded the act on his mobile phone and saved it.",
            {"producing", "storing"},
        ),
        (
            "He recorded obscene videos of the girls on his phone. He kept them in a hidden "
            "folder.",
            {"producing", "storing"},
        ),
        ("The accused kept them in a rented room before the police rescued the children.", set()),
        # the child's own body is her own material (H3)
        (
            "The accused forced the minor girl to send obscene photos of her private parts.",
            {"producing"},
        ),
        ("He asked the girl to send nude photos of her own on Snapchat.", {"grooming"}),
        # CCTV footage is evidence (H4); a vow with no pictures is no threat (H5)
        (
            "CCTV footage captured by cameras near the school showed the accused luring the minor "
            "girl.",
            set(),
        ),
        (
            "The police commissioner vowed to expose the gang behind the leaked video of the "
            "minor.",
            set(),
        ),
        ("The chief minister vowed to release funds for cyber police stations.", set()),
        ("The accused vowed to release her morphed photos on Instagram.", {"sextortion"}),
    ],
)
def test_the_thirty_second_review_s_high_findings(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-10b H1-H5: the fourteenth session's own rules, mended."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's "held" with no auxiliary (L5)
        ("Man held for offences related to circulation of child porn.", {"sharing"}),
        # "what" a few words on, material up to a comma or "who", and what was recorded (M5)
        ("The girl shared with her mother what the accused had done.", set()),
        (
            "The accused shared what he had recorded of the minor girl with his friends.",
            {"producing", "sharing"},
        ),
        # "the victim" in a modus operandi is anyone's (M7)
        (
            "Cyber criminals often threaten the victim to leak morphed photos on social media.",
            set(),
        ),
        # "youths" are the public (M8)
        ("After the video circulated widely, youths in the town staged a protest.", set()),
        # the accused person's act is his (M9)
        (
            "The court said the accused person's act of uploading the video constitutes an "
            "offence.",
            {"uploading"},
        ),
        # the present "trap children" is no grooming (M12)
        (
            "Online gaming apps trap children in addiction, experts warned at a workshop on "
            "internet safety.",
            set(),
        ),
    ],
)
def test_the_thirty_second_review_s_english_medium_findings(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-10b M7, M8, M9, M12."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a society created, a warning to anyone, the law's "can be punishable" (dev-30)
        (
            "He emphasized protecting children from predators and creating a safer society for "
            "all.",
            set(),
        ),
        (
            "The Supreme Court has issued a stern warning to those involved in the distribution "
            "and consumption of child pornography.",
            set(),
        ),
        (
            "The court clarified that watching or storing child pornography can be punishable "
            "under the POCSO Act.",
            set(),
        ),
        ("Police arrested those involved in the distribution of child pornography.", {"sharing"}),
    ],
)
def test_the_fourteenth_session_s_second_fresh_batch(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """A fresh batch (dev-30), its errors read after it was measured."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # meetings held and people held (review 2026-12-10c H1)
        (
            "A seminar was held at the town hall on crimes related to the sharing of child sexual "
            "abuse material.",
            set(),
        ),
        (
            "The teacher held an awareness session on crimes related to the sharing of child "
            "sexual abuse material.",
            set(),
        ),
        (
            "The detained youths were counselled on crimes related to the sharing of obscene "
            "videos.",
            set(),
        ),
        (
            "The two were allegedly held for offences related to the sale of child pornography.",
            {"selling"},
        ),
        # a secret kept is no material (H2)
        ("She kept it a secret for months before telling her mother.", set()),
        # another's material after an adjective (10c): no grooming ("send" alone is no sharing)
        ("He persuaded the minor to send obscene pictures of her best friend.", set()),
    ],
)
def test_the_thirty_third_review_s_findings(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-10c H1, H2 and a MEDIUM finding."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one charged in a relative clause, a reported arrest (review 2026-12-10d H1)
        (
            "A man who was arrested for offences related to the circulation of child pornography "
            "was remanded.",
            {"sharing"},
        ),
        (
            "The police said that they arrested the youth for offences related to the sale of "
            "child pornography.",
            {"selling"},
        ),
        # anyone held, events held (H2)
        (
            "Ravi was held for offences related to the circulation of child pornography.",
            {"sharing"},
        ),
        ("Pune man held for offences related to circulation of child porn.", {"sharing"}),
        (
            "Sessions for students were held on crimes related to the sharing of obscene videos.",
            set(),
        ),
    ],
)
def test_the_thirty_fourth_review_s_high_findings(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-10d H1 and H2."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # long arrest sentences keep the charge; an event or a talk between ends it (M1, M2)
        (
            "The accused was arrested on Sunday night from his residence in Andheri West by "
            "officials of the cyber cell for offences related to the circulation of child "
            "pornography.",
            {"sharing"},
        ),
        (
            "After the accused was arrested, the police conducted an awareness drive in schools "
            "on crimes related to the sharing of obscene videos.",
            set(),
        ),
        (
            "The officer, who had already arrested 40 people this year, spoke on crimes related "
            "to the sharing of child pornography.",
            set(),
        ),
        # silence or proof kept is no material stored; a place for files is (M3)
        (
            "The accused recorded the act and threatened to make it viral, so the girl kept it a "
            "secret.",
            {"producing", "sextortion"},
        ),
        ("The girl, who was filmed by her uncle, kept it a secret for two years.", {"producing"}),
        ("The accused kept them engaged on the phone for hours.", set()),
        ("He kept secret folders of CSAM on his laptop.", {"storing"}),
        (
            "The accused filmed the girl bathing and kept it in his laptop.",
            {"producing", "storing"},
        ),
        # material in an apposition after "kept them," (M4)
        (
            "The accused kept them, along with obscene videos of children, on his laptop.",
            {"storing"},
        ),
        ("He saved them, including child sexual abuse material, in a hidden folder.", {"storing"}),
        # "shared what …": the recording right after "what" is the sharer's material (M5)
        ("The girl shared what her uncle had shot on his phone with her mother.", set()),
        ("He shared what he had recorded with his friends.", {"sharing", "producing"}),
        # the child's own photos "of her to friends" (M6)
        (
            "The accused forced the minor girl to send nude photos of her to friends.",
            {"producing"},
        ),
        (
            "The man asked the girl to send obscene photos of her to boys in the class.",
            {"grooming"},
        ),
    ],
)
def test_the_thirty_fourth_review_s_medium_findings(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-10d M1 to M6, each pinned with a reading that must stay."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "was held": an event or a thing is no arrest (H1), a person is, whatever comes before
        # the subject (H2); a ruling's "held" is none (M3)
        (
            "An awareness campaign was held in schools on crimes related to the sharing of child "
            "pornography.",
            set(),
        ),
        (
            "A Lok Adalat was held in the district court on cases related to the circulation of "
            "obscene videos.",
            set(),
        ),
        (
            "An orientation for teachers was held on offences related to the circulation of "
            "child sexual abuse material.",
            set(),
        ),
        (
            "In March, a 24-year-old man was held for offences related to the circulation of "
            "child pornography.",
            {"sharing"},
        ),
        (
            "A Class 12 student was held for offences related to the circulation of child "
            "pornography.",
            {"sharing"},
        ),
        (
            "During a special drive, five persons were held for offences related to the "
            "circulation of child pornography.",
            {"sharing"},
        ),
        (
            "The accused, a resident of Thane, has been held for offences related to the "
            "circulation of child pornography.",
            {"sharing"},
        ),
        (
            "Ravi, 24, was held for offences related to the circulation of child pornography.",
            {"sharing"},
        ),
        (
            "It was held in a case related to the downloading of child pornography that mere "
            "viewing is not an offence.",
            set(),
        ),
        (
            "Intermediaries were held liable for offences related to the circulation of child "
            "sexual abuse material on their platforms.",
            set(),
        ),
        # a relative "that" governs nothing; "said that" opens what was said (M1)
        (
            "The inspector that arrested the two men later told students about crimes related to "
            "the circulation of obscene videos.",
            set(),
        ),
        (
            "The police said that they arrested the youth for offences related to the sale of "
            "child pornography.",
            {"selling"},
        ),
        # an arrest during a drive is still the charge (the stops are verbs, not event nouns)
        (
            "A 24-year-old man was arrested during a special drive for offences related to the "
            "circulation of child pornography.",
            {"sharing"},
        ),
    ],
)
def test_the_thirty_fifth_review_s_findings(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-11a H1, H2, M1, M3: arrests told by "held", and relative clauses."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is "used for pornographic purposes" must be a child or a child's pictures
        # (review 2026-12-10c M4)
        (
            "The accused used his mobile phone for pornographic purposes, the minor girl's "
            "mother alleged.",
            set(),
        ),
        (
            "The school used the funds for awareness on pornographic content among children.",
            set(),
        ),
        (
            "The minor girl's images were allegedly used for pornographic purposes and she was "
            "threatened.",
            {"producing"},
        ),
        ("He used a minor girl for pornographic purposes.", {"producing"}),
        # a vow to upload a clip is the vow's (review 2026-12-10c M7)
        ("The accused vowed to upload the obscene clip of the minor girl.", {"sextortion"}),
    ],
)
def test_the_thirty_third_review_s_frames(catalog: Catalog, text: str, expected: set[str]) -> None:
    """Review 2026-12-10c M4 and M7: the POCSO s.13 frame and the vow's objects."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "captured by" a person is producing, by a camera evidence (review 2026-12-10c M8)
        (
            "The video of the minor girl was captured by the accused on his phone.",
            {"producing"},
        ),
        (
            "The video captured by CCTV cameras near the school showed the accused talking to "
            "the minor girl.",
            set(),
        ),
        # a society or the world as the place of sharing is no abstract object (10c M9)
        ("The accused shared it in the society WhatsApp group, residents said.", {"sharing"}),
        ("The accused shared it with the world on Instagram.", {"sharing"}),
        ("The campaign aims at creating a safer society for children online.", set()),
    ],
)
def test_the_thirty_third_review_s_remaining_rows(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-10c M8 and M9."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # children kept are no material stored, whatever else the sentence names (10b M6)
        (
            "The accused lured the minor girls, kept them in his house and showed them obscene "
            "videos.",
            {"grooming"},
        ),
        (
            "The accused kidnapped the two sisters and kept them in a room where he showed them "
            "porn videos on his phone.",
            set(),
        ),
        # material kept is, before or after
        ("He downloaded the obscene videos of minors and kept them.", {"downloading", "storing"}),
        ("The accused filmed the girl bathing and kept it.", {"producing", "storing"}),
        ("He saved as many as 200 videos of children.", {"storing"}),
    ],
)
def test_people_kept_are_no_material_stored(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-10b M6: "them" after children named nearer than any material is the
    children; material named in the clause after it, or before with no person between, is
    stored."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person "held", whatever the head's word (H2); an event, whatever its name (H3)
        (
            "Vikas was held for offences related to the circulation of child pornography.",
            {"sharing"},
        ),
        (
            "A schoolteacher was held for offences related to the circulation of child "
            "pornography.",
            {"sharing"},
        ),
        (
            "The petitioner was held for offences related to the circulation of child pornography.",
            {"sharing"},
        ),
        (
            "A 24-year-old man working with a private firm in Pune was held for offences related "
            "to the circulation of child pornography.",
            {"sharing"},
        ),
        (
            "Ramesh Yadav, 35, of Sector 12 was held for offences related to the circulation of "
            "child pornography.",
            {"sharing"},
        ),
        (
            "Two more were held for offences related to the circulation of child pornography.",
            {"sharing"},
        ),
        (
            "The man who ran the Telegram channel was held for offences related to the sale of "
            "child pornography.",
            {"administering", "selling"},
        ),
        (
            "After the hearing, the accused was held in judicial custody in a case related to the"
            " circulation of child pornography.",
            {"sharing"},
        ),
        (
            "An awareness programme for students and teachers was held at the school on crimes "
            "related to the sharing of child pornography.",
            set(),
        ),
        (
            "A meeting between the SP and teachers was held on crimes related to the sharing of "
            "child pornography.",
            set(),
        ),
        (
            "Gram Sabha was held in the village on crimes related to the sharing of obscene "
            "videos of children.",
            set(),
        ),
        (
            "Cyber Awareness Week was held in the district on crimes related to the sharing of "
            "child pornography.",
            set(),
        ),
        # participles after an arrest are no new clause (H4); a fronted clause's arrest governs
        # nothing after its comma (M4); a relative's own cue is its charge's (M3)
        (
            "Police arrested 12 people in raids conducted across the state in cases related to "
            "the circulation of child sexual abuse material.",
            {"sharing"},
        ),
        (
            "Police arrested 35 people in a special drive launched by the CID on charges related "
            "to the sharing of child pornography.",
            {"sharing"},
        ),
        (
            "Police arrested a man who launched a Telegram channel for offences related to the "
            "sale of child pornography.",
            {"selling"},
        ),
        (
            "After two men were arrested, the police met parents on crimes related to the sharing"
            " of child pornography.",
            set(),
        ),
        (
            "The SIT, which has already arrested five persons in cases related to the circulation"
            " of child sexual abuse material, will file a chargesheet.",
            {"sharing"},
        ),
        (
            "The officer, who had already arrested 40 people this year, spoke on crimes related "
            "to the sharing of child pornography.",
            set(),
        ),
        # "shared what …" (M5); secrets and places (M6); the person kept (M7)
        (
            "He allegedly shared what he had secretly recorded with his friends.",
            {"sharing", "producing"},
        ),
        ("The girl shared what he had clicked with her mother.", set()),
        (
            "He downloaded child pornography and kept it secret in his laptop.",
            {"downloading", "storing"},
        ),
        (
            "The accused recorded obscene videos of the minor girl and her friend and kept them.",
            {"producing", "storing"},
        ),
        (
            "Police found that he had kept them, which included obscene videos of minors, in his "
            "phone.",
            {"storing"},
        ),
        # the POCSO s.13 frames: a child or her pictures used (M10)
        ("Her phone was used for pornographic purposes, the minor girl told police.", set()),
        ("The accused used the girl's phone for pornographic purposes.", set()),
        ("The accused used the minor girl's photos for pornographic purposes.", {"producing"}),
        (
            "The videos of the minor were used by the accused for pornographic purposes.",
            {"producing"},
        ),
    ],
)
def test_the_thirty_sixth_review_s_findings(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-11b H2, H3, H4 and MEDIUM M3 to M7, M10."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "was held": by the charge's preposition, not the subject's words (H1 to H3)
        (
            "Yesterday, a workshop was held at the school on crimes related to the sharing of "
            "child pornography.",
            set(),
        ),
        (
            "A cultural evening was held on crimes related to the sharing of child pornography.",
            set(),
        ),
        (
            "Last week, a man was held for offences related to the circulation of child "
            "pornography.",
            {"sharing"},
        ),
        (
            "So far, 12 persons have been held for offences related to the circulation of child "
            "pornography.",
            {"sharing"},
        ),
        ("A man was held on charges related to the sale of child pornography.", {"selling"}),
        (
            "The POCSO Act was held applicable in the case related to the circulation of the "
            "videos.",
            set(),
        ),
        # only the comma closing a fronted clause stops a charge (H4)
        (
            "As part of Operation Carbon, the CBI arrested 41 persons, including two women, on "
            "charges related to the circulation of child sexual abuse material.",
            {"sharing"},
        ),
        (
            "After a complaint, police arrested Ravi, 24, for offences related to the "
            "circulation of child pornography.",
            {"sharing"},
        ),
        # a finite verb after a relative's arrest ends it (H5)
        (
            "The inspector who arrested the accused delivered a lecture on crimes related to the "
            "sharing of child pornography.",
            set(),
        ),
        # "her brother" may share his own recording; "kept them where …" keeps people; "the
        # minor girl's phone" is no child used (MEDIUM)
        ("Her brother shared what he had recorded with his friends.", {"sharing", "producing"}),
        (
            "The accused kidnapped the two sisters and kept them where he showed them porn "
            "videos on his phone.",
            set(),
        ),
        ("The accused used the minor girl's phone for pornographic purposes.", set()),
    ],
)
def test_the_thirty_seventh_review_s_findings(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-11c H1 to H5 and MEDIUM findings."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event named right before "was held" (H1); "held as part of" is an arrest (H2)
        (
            "A workshop was held for students in connection with cases related to the sharing "
            "of child pornography.",
            set(),
        ),
        (
            "Two men were held as part of Operation Chakra in cases related to the circulation "
            "of child pornography.",
            {"sharing"},
        ),
        # a relative's arrest whose object runs on to another verb governs nothing (H3)
        (
            "The officer who arrested the gang last year took a class on crimes related to the "
            "sharing of child pornography.",
            set(),
        ),
        (
            "The officer who arrested the accused trained teachers on crimes related to the "
            "sharing of child pornography.",
            set(),
        ),
        # a victim's family telling what the accused recorded (H7)
        ("Her father shared what the accused had secretly recorded with the police.", set()),
        # "view" as an opinion (P1)
        (
            "In the view of this Court, the accused is entitled to bail in the case of child "
            "pornography.",
            set(),
        ),
    ],
)
def test_the_thirty_eighth_review_s_findings(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-11d H1, H2, H3, H7 and P1."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only the noun right before "was held" is read for an event (H1, H2)
        (
            "Last week two men were held in connection with cases related to the circulation of "
            "child pornography.",
            {"sharing"},
        ),
        (
            "A man who attended the meeting was held for offences related to the circulation of "
            "child pornography.",
            {"sharing"},
        ),
        (
            "A meeting, chaired by the DM, was held in connection with cases related to the "
            "circulation of child pornography.",
            set(),
        ),
        (
            "The computer was held as evidence in the case related to the circulation of child "
            "pornography.",
            set(),
        ),
        # a mother telling what she recorded (H3); "our view" (H4)
        ("Her mother shared what she had recorded on her phone with the police.", set()),
        ("In our view, the accused is entitled to bail in the child pornography case.", set()),
        # a relative's object with an age (M2)
        (
            "The CBI, which arrested a 24-year-old man in cases related to the sale of child "
            "pornography, filed a chargesheet.",
            {"selling"},
        ),
    ],
)
def test_the_thirty_ninth_review_s_findings(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    """Review 2026-12-11e H1 to H4 and M2."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event past one phrase before "was held" (N1); "said that" is no relative (N2)
        (
            "A workshop for students was held in connection with cases related to the sharing "
            "of child pornography.",
            set(),
        ),
        (
            "A meeting of senior officers was held in connection with cases related to the "
            "sharing of child pornography.",
            set(),
        ),
        (
            "A man from Pune was held for offences related to the circulation of child "
            "pornography.",
            {"sharing"},
        ),
        (
            "Police said that a workshop was held in the school in connection with cases "
            "related to the sharing of child pornography.",
            set(),
        ),
        # another verb after a relative's object (N3)
        (
            "The inspector who arrested the accused wrote a book on crimes related to the "
            "sharing of child pornography.",
            set(),
        ),
        (
            "The inspector who arrested the accused will address students on crimes related to "
            "the sharing of child pornography.",
            set(),
        ),
    ],
)
def test_the_fortieth_review_s_findings(catalog: Catalog, text: str, expected: set[str]) -> None:
    """Review 2026-12-11f N1 to N3."""
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


def test_an_act_named_with_the_after_a_denial_is_taken_as_done(catalog: Catalog) -> None:
    """What a court denies of an act it names with "the" is said of the act, which it takes as
    done: "not the case … that the possession or transmission was for commercial purposes"
    denies the purpose, not the possession (a definite description presupposes what it
    names)."""
    text = (
        "It is not the case of the prosecution that the possession or transmission of the "
        "child pornographic material was for commercial purposes."
    )
    assert {conduct for _, conduct in _conducts(catalog, text)} >= {"storing", "sharing"}


def test_material_listed_before_a_paper_held_is_still_stored(catalog: Catalog) -> None:
    """A paper in possession is no abuse material, unless it ends a list after material."""
    text = "Obscene videos of the minor and documents in possession of the accused were seized."
    assert "storing" in {conduct for _, conduct in _conducts(catalog, text)}


def test_he_in_what_the_victim_alleged_is_the_accused(catalog: Catalog) -> None:
    """Only "she" stands for the victim in what she said: "he" is mostly the accused."""
    text = "The victim alleged that he had shared her obscene photos with his friends."
    assert "sharing" in {conduct for _, conduct in _conducts(catalog, text)}


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # what a court takes as given beside what the accused could not show (review 12b H1, H3)
        (
            "The accused who failed to show that he was a juvenile had shared the obscene video "
            "of the minor.",
            "sharing",
        ),
        ("The school administrator shared the obscene video of the minor girl.", "sharing"),
        (
            "The accused could not show that the video shared by the accused was fabricated; the "
            "minor's video was on his phone.",
            "sharing",
        ),
    ],
)
def test_acts_beside_a_failed_showing_or_an_office_are_read(
    catalog: Catalog, text: str, conduct: str
) -> None:
    assert conduct in {c for _, c in _conducts(catalog, text)}


@pytest.mark.parametrize(
    "text",
    [
        # a punishment of the law and the conduct it is for, with no doer: the law stated
        "Section 15 (2): Imprisonment of up to three years, or a fine, or both, for possessing "
        "such material with the intent to disseminate it.",
        "Section 15 (1): A minimum fine of Rs 5,000, extendable up to Rs 10,000 for possessing "
        "child pornographic material.",
        "Storing or having child pornographic material for commercial purposes First offence - "
        "Jail time of three to five years and/or a fine",
    ],
)
def test_the_conduct_a_punishment_of_the_law_is_for_is_no_act(catalog: Catalog, text: str) -> None:
    assert _conducts(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # a sentence a court passed tells what the convict did
        ("The court sentenced him to five years in jail for possessing child pornographic "
         "material.", "storing"),
        # a doer found: the accused's act, whatever the law provides
        ("The accused stored child pornographic material, an offence punishable with up to "
         "five years in jail.", "storing"),
    ],
)  # fmt: skip
def test_conduct_beside_a_punishment_with_a_doer_or_passed_by_a_court_stays(
    catalog: Catalog, text: str, conduct: str
) -> None:
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    "text",
    [
        # a view a court takes
        "The Supreme Court took a very grim view of a teacher holding the hands of students.",
        # a term discussed in quotation marks
        "The Supreme Court addressed the interpretation of “possession” under Section 15 of the "
        "POCSO Act.",
        "This expands the legal definition of “possession.” under the POCSO Act.",
        # a term glossed in a bulleted list of what the law makes an offence
        "• Possession \u2013 Storage/ viewing child pornographic material.",
        "• Transmission - Transmitting/ propagating/ displaying/ distributing child pornographic "
        "material.",
        # a watch, laws and a deterrent aimed at a kind of conduct
        "The Cyber Police are keeping a strict watch on the surfing of child pornography.",
        "Laws on sharing of online child sexual abuse material in India are strict.",
        "The culprits will face the strictest legal action to deter others from posting child "
        "pornography online.",
        # where a state stands in a count
        "Kerala tops the list in uploading child pornography while Haryana leads in viewing it.",
        "Delhi has topped the list of states where most child porn is uploaded.",
        # a police entry recorded
        "The complaint about a sexual assault on a minor girl was recorded vide GD No. 38A.",
        # kinds of crime or risk named as examples
        "The session covered crimes such as sextortion and grooming.",
        "Children face risks, particularly in the contexts of online sexual abuse, grooming or "
        "sexual solicitation.",
        # what is created, collected or promoted is no material
        "The minister expressed the government's determination to create a safe and trusted "
        "internet environment for children.",
        "The accused in the child pornography case were arrested after collecting strong "
        "evidences against them.",
        "Anti-social elements are taking a disadvantage to promote illegal activities among "
        "children.",
        # law stated in an explainer's words
        "Watching Child Pornography is Crime u/ POCSO: Supreme Court Ruled",
        "Failure to report child pornographic material to the authority is also a punishable "
        "offence.",
        "People watching, downloading and circulating child sexual abuse material are prosecuted.",
    ],
)
def test_terms_drives_and_explainers_words_are_no_act(catalog: Catalog, text: str) -> None:
    assert _conducts(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # scare quotes after other words, and a bulleted line with a doer
        ("Man held for \u2018sharing\u2019 child pornography videos on WhatsApp.", "sharing"),
        ("• Kerala: Man held for sharing child pornography on Telegram.", "sharing"),
        # material created, collected or promoted
        ("The accused created child pornography videos in his room.", "producing"),
        ("He collected child sexual abuse material on a hard disk.", "storing"),
        ("The accused promoted child pornography links on Telegram.", "advertising"),
        # a drive's arrests (the dev labels read them as the acts)
        ("Kerala cops arrest 28 persons in special drive against sharing of paedophile content.",
         "sharing"),
        # the verb "view"
        ("The accused would view child sexual abuse material every night.", "viewing"),
    ],
)  # fmt: skip
def test_the_same_words_telling_an_act_stay(catalog: Catalog, text: str, conduct: str) -> None:
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # what the accused's side failed to prove is his excuse; the act in it is his (review
        # 2026-12-13a H5)
        ("The accused who had failed to show that he was a juvenile had shared the obscene video "
         "of the minor.", "sharing"),
        ("The appellant who has failed to prove that he was a minor at the time had uploaded the "
         "obscene video of the girl.", "uploading"),
        ("The accused failed to prove that the videos he had downloaded were of adults.",
         "downloading"),
        ("The accused failed to show that the material he stored on his phone was for research.",
         "storing"),
    ],
)  # fmt: skip
def test_an_act_in_the_accused_s_failed_excuse_is_his(
    catalog: Catalog, text: str, conduct: str
) -> None:
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    "text",
    [
        # the prosecution's side failed to prove the act, also in a relative clause
        "The police, who failed to prove that the accused shared the obscene video of the minor, "
        "were criticised.",
        "The investigating agency, which failed to establish that the accused had uploaded the "
        "videos of the minor, was pulled up by the court.",
        "The State has miserably failed to prove that the accused shared the obscene video of the "
        "minor.",
        "There is nothing to show that the accused uploaded the obscene video of the minor.",
    ],
)
def test_an_act_the_prosecution_failed_to_prove_is_denied(catalog: Catalog, text: str) -> None:
    assert _conducts(catalog, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an offence named by its section's heading, in a count or a list of offences
        "The minister said NCRB data showed 749 cases were registered under publishing or "
        "transmitting of material containing sexually explicit act, etc. in electronic form.",
        "The other offences are computer related offences, publishing or transmitting obscene "
        "material in electronic form, and publishing or transmitting of material containing "
        "sexually explicit act.",
        "Sections 14 and 15 provide stringent punishment for using child for pornographic "
        "purposes, and for storage of pornographic material involving child respectively.",
    ],
)
def test_an_offence_named_by_its_heading_is_no_act(catalog: Catalog, text: str) -> None:
    assert _conducts(catalog, text) == []


def test_a_heading_s_words_said_of_someone_are_his_act(catalog: Catalog) -> None:
    text = (
        "He was booked for publishing or transmitting of material depicting children in sexually "
        "explicit act."
    )
    assert {c for _, c in _conducts(catalog, text)} == {"uploading", "sharing"}


@pytest.mark.parametrize(
    "text",
    [
        # "morphed" describing what is sent, used or named, not the morphing told
        "The accused had shared a morphed picture of the CM with an inflammatory message.",
        "The court upheld the conviction of a man who sent morphed nude images and threatening "
        "messages to a minor girl.",
        "The minor accused allegedly used morphed obscene photos to blackmail the girl.",
    ],
)
def test_a_morphed_picture_sent_or_used_is_no_morphing(catalog: Catalog, text: str) -> None:
    assert "producing" not in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The accused morphed her photos and sent them to her friends.",
        "Teenagers from schools allegedly morphed pictures of underage girls.",
    ],
)
def test_the_morphing_told_is_producing(catalog: Catalog, text: str) -> None:
    assert "producing" in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    "text",
    [
        # an explainer's law (batch dev-43)
        "Whoever,-\n(a) publishes or transmits or causes to be published or transmitted material "
        "in any electronic form which depicts children engaged in sexually explicit act or "
        "conduct; or",
        "Section 295 of the Bharatiya Nyaya Sanhita specifically addresses the sale, "
        "distribution, and circulation of obscene objects to children.",
        "If a person shares or uploads child pornography on social media, or records it, it is "
        "considered a crime.",
        "Recently, the Supreme Court has broadened the interpretation of possession under the "
        "POCSO Act.",
        "When publishing or transmitting material depicting children in sexually explicit acts, "
        "you've committed a crime.",
    ],
)
def test_an_explainer_s_law_is_no_act(catalog: Catalog, text: str) -> None:
    assert _conducts(catalog, text) == []


def test_a_past_act_then_the_law_said_of_it_stays(catalog: Catalog) -> None:
    """Review 2026-12-13b H5: the law's predicate after "and" does not take back the accused's
    act told before it."""
    text = (
        "The accused shared the obscene video of the minor on WhatsApp and it is also a "
        "punishable offence under the IT Act."
    )
    assert "sharing" in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # review 2026-12-13b H1: scare quotes after "accused of", "convicted of"
        ("A man accused of \u2018sharing\u2019 obscene videos of a minor girl was arrested.",
         "sharing"),
        ("The tutor was convicted of \u201cpossessing\u201d child sexual abuse material.",
         "storing"),
        # H2: a passive act beside the law's punishment
        ("Obscene videos of the minor were circulated on social media, an offence that attracts "
         "up to five years in jail under Section 67B of the IT Act.", "sharing"),
        ("The convict, sentenced to 20 years for filming the minor girl, could have got life "
         "imprisonment under Section 6 of the POCSO Act.", "producing"),
        # H3: a bulleted news summary
        ("In brief\n\u2022 Mumbai: Obscene video of minor girl circulated on WhatsApp, case filed "
         "under POCSO", "sharing"),
        ("\u2022 Child-abuse videos of schoolgirls shared on Telegram; police begin probe",
         "sharing"),
        # H4: "took the lead in"
        ("The main accused took the lead in filming the assault on the minor girl, police said.",
         "producing"),
        # H9's controls: the accused's failed excuse
        ("The accused failed to prove that the videos he had downloaded were of adults.",
         "downloading"),
    ],
)  # fmt: skip
def test_the_thirteenth_b_review_s_acts_stay(catalog: Catalog, text: str, conduct: str) -> None:
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    "text",
    [
        # review 2026-12-13b H9: an act the evidence or a witness failed to prove
        "The evidence led against the accused failed to establish that he had uploaded the "
        "obscene videos of the minor.",
        "The FSL report on the phone of the accused failed to show that he had downloaded any "
        "obscene video of a minor.",
        "The sub-inspector deposed before the court, but he failed to prove that the accused had "
        "uploaded the obscene videos.",
        # M7: photographs shot at a wedding
        "He shot photographs at the wedding, police said.",
    ],
)
def test_the_thirteenth_b_review_s_non_acts(catalog: Catalog, text: str) -> None:
    assert _conducts(catalog, text) == []


@pytest.mark.parametrize(
    "byline",
    ["by Admin\n05 December 2025 4:19 PM", "By Admin | September 24, 2024", "Posted by Admin"],
)
def test_a_site_s_admin_byline_is_no_administrator(catalog: Catalog, byline: str) -> None:
    """Review 2026-12-13b M2."""
    text = byline + "\nThe accused shared obscene videos of the minor girl on Instagram."
    assert [c for _, c in _conducts(catalog, text)] == ["sharing"]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence about a provision (batch dev-43)
        "Storage/possession: POCSO Section 15 creates a specific three-tier possession offence "
        "with graduated punishments.",
        "IT Act Section 67B primarily targets electronic publication and transmission of child "
        "pornography.",
        "Section 15 of the POCSO Act, under sub-section 1, declares possessing child pornography "
        "as a crime.",
        # an explainer's made-up example
        "Illustration\nExample 1: Selling Obscene Content to a Child\nA shopkeeper sells obscene "
        "magazines to a minor, despite knowing the buyer's age.",
    ],
)
def test_a_provision_s_reach_and_a_made_up_example_are_no_act(catalog: Catalog, text: str) -> None:
    assert _conducts(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        ("Section 67B was invoked against him for sharing child pornography on Telegram.",
         "sharing"),
        ("The IT Act has been invoked as the accused uploaded child pornography.", "uploading"),
        ("For example, the accused in Kochi sold child pornography on Telegram, police said.",
         "selling"),
    ],
)  # fmt: skip
def test_a_provision_invoked_against_an_accused_keeps_his_act(
    catalog: Catalog, text: str, conduct: str
) -> None:
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # review 2026-12-13c H1: words that were topic cues, said of an act
        ("The accused created fake email addresses and shared child pornography through them.",
         "sharing"),
        ("Using his tuition class as cover, the accused filmed the minor girls.", "producing"),
        # H2: a heading's words in a charge
        ("A case was registered against Rahul Patil under Section 67B for publishing or "
         "transmitting of material depicting children in sexually explicit act.", "uploading"),
        # H3: a court's finding of an act
        ("The court held that the uploading of the video of the minor by the accused was an "
         "offence under Section 67B.", "uploading"),
        # H6: a relative clause's verb of using
        ("The spy camera the accused used recorded videos of the girls in the washroom.",
         "producing"),
        # H11: a fronted phrase before the accused's failed excuse
        ("Confronted with the FSL report on his phone, the accused failed to show that the "
         "videos he had shared were of adults.", "sharing"),
    ],
)  # fmt: skip
def test_the_thirteenth_c_review_s_acts_stay(catalog: Catalog, text: str, conduct: str) -> None:
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    "text",
    [
        # review 2026-12-13c H4, H5: the law's words with a participle
        "Videos of children shared online is a crime, police said.",
        "Material depicting children in sexually explicit acts published or transmitted "
        "electronically: imprisonment up to five years and fine up to ten lakh rupees.",
        "A person convicted for the first time for storing child pornographic material shall be "
        "punished with imprisonment up to three years.",
        # H10: a page's marker
        "- Advertisement -",
        "ADVERTISEMENT",
    ],
)
def test_the_thirteenth_c_review_s_non_acts(catalog: Catalog, text: str) -> None:
    assert _conducts(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # review 2026-12-13d H1: a provision's words, then another clause's act
        ("Section 67B of the IT Act, which carries a jail term of up to five years, was invoked "
         "against the man who shared the videos of the minor.", "sharing"),
        ("Sections invoked against the accused include 67B of the IT Act for sharing obscene "
         "videos of the minor.", "sharing"),
        # H2: an image credit and a sentence opening "Example of"
        ("Illustration: Sajith Kumar\nThe accused shared obscene videos of the minor girl.",
         "sharing"),
        ("Example of how the gang operated: the accused sold child pornography on Telegram.",
         "selling"),
        # H5: a name or a role before the past verb
        ("Rahul Patil shared the obscene video of the minor girl on Instagram and it is also a "
         "punishable offence under the IT Act.", "sharing"),
        # H6: a sentence passed on a tutor who taught children
        ("The court sentenced a tutor who taught children at his home to five years for "
         "circulating obscene videos of a minor, which carries up to five years.", "sharing"),
        # H8's control: a charge with a heading's words
        ("A case was registered against Rahul Patil under Section 67B for publishing or "
         "transmitting of material depicting children in sexually explicit act.", "uploading"),
    ],
)  # fmt: skip
def test_the_thirteenth_d_review_s_acts_stay(catalog: Catalog, text: str, conduct: str) -> None:
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # review 2026-12-13d H7: what police said is no relative clause
        ("Police said the accused sent morphed nude images of the minor girl to her friends.",
         "producing"),
        # H8: an explainer's heading line
        ("Section 67B \u2013 Punishment for publishing or transmitting of material depicting "
         "children in sexually explicit act in electronic form.", "uploading"),
    ],
)  # fmt: skip
def test_the_thirteenth_d_review_s_non_acts(catalog: Catalog, text: str, conduct: str) -> None:
    assert conduct not in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # a court's condition with its own "that": what would make an offence
        ("An offence can be made out under Section 15 if it is established that the person "
         "accused had 'stored' or 'possessed' any child pornographic material.", "storing"),
        ("The offence is complete only if it is proved that the accused transmitted the "
         "material.", "sharing"),
        # the provision's words after a court's "that"
        ("Justice Nagaprasanna highlighted that the law is designed to target individuals who "
         "publish or transmit such material, not those who merely view it.", "uploading"),
        ("He confirmed that Section 67B specifically targets the publication or transmission of "
         "child pornography.", "sharing"),
        # a page or a service reached; an applicant's documents
        ("The programme can be accessed on URL http://cybercrime.gov.in by volunteers.",
         "viewing"),
        ("ID proof and address proof will be required to be uploaded at the Upload ID Proof tab.",
         "uploading"),
    ],
)  # fmt: skip
def test_the_eighteenth_session_s_non_acts(catalog: Catalog, text: str, conduct: str) -> None:
    """Batches dev-44 and dev-45 (court reports; a press release), each rule's words in
    ``data/conduct.toml``: ``conditional_cues``, ``provision_reporting_verbs``,
    ``not_objects``."""
    assert conduct not in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # the condition ends where its clause does; the act told after it stays
        ("If it is proved that he was a juvenile, the board will hear the case; the accused "
         "stored obscene videos of the minor on his phone.", "storing"),
        # a speaker's "that" before an act, not a provision
        ("Police said that the accused shared the obscene video of the minor on WhatsApp.",
         "sharing"),
        ("The court noted that Section 67B was invoked against him for sharing obscene videos "
         "of the minor.", "sharing"),
        # material follows the portal; the material is the proof
        ("He accessed a portal hosting child sexual abuse material and downloaded videos.",
         "viewing"),
        ("The accused uploaded obscene videos of the minor as proof of his threat.", "uploading"),
    ],
)  # fmt: skip
def test_the_eighteenth_session_s_acts_stay(catalog: Catalog, text: str, conduct: str) -> None:
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # H1: the law's participle after children, counts, all-capital and Title Case words
        ("Videos of minors shared online is a crime.", "sharing"),
        ("Child Sexual Abuse Material (CSAM) shared online is a crime under Section 67B of the "
         "IT Act.", "sharing"),
        ("Child Pornographic Material Stored On Phone Is An Offence Under POCSO: Supreme Court",
         "storing"),
        ("Obscene content of children on WhatsApp circulated in groups is an offence under the "
         "IT Act.", "sharing"),
        # H2: an explainer's phrases of what a law does
        ("Section 15 of the POCSO Act deals with storage of child pornographic material.",
         "storing"),
        ("The POCSO Act makes storing child pornography a crime.", "storing"),
        ("Section 67B also applies to browsing or downloading child sexual abuse material.",
         "downloading"),
        ("Rule 3 requires platforms to report child sexual abuse material uploaded by users.",
         "uploading"),
        # H7: a page's tags and an explainer's sub-headings
        ("Delhi tutor held for sharing child abuse videos on Telegram\n\nA tutor was arrested "
         "on Monday.\n\nTags\nPOCSO\nSextortion\nChild Pornography\nCyber Crime", "sextortion"),
        ("Types of online child sexual abuse\n\nSextortion\n\nLive streaming\n\nGrooming",
         "grooming"),
    ],
)  # fmt: skip
def test_the_fourteenth_e_review_s_non_acts(catalog: Catalog, text: str, conduct: str) -> None:
    """Review 2026-12-14e: each row was an act at the tree it reviewed."""
    assert conduct not in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # H1's controls: a name or a role before the past verb
        ("Rahul Patil shared the obscene video of the minor girl on Instagram and it is also a "
         "punishable offence under the IT Act.", "sharing"),
        ("The boyfriend uploaded obscene videos of the minor, which is an offence under the IT "
         "Act.", "uploading"),
        # H2's control: past a ";" that names a doer
        ("The POCSO Act makes it mandatory to report; the teacher had filmed the girls in the "
         "washroom.", "producing"),
        # H3: a charge that opens with the provision
        ("Section 67B of the IT Act was invoked against the tutor for publishing or transmitting "
         "of material depicting children in sexually explicit act.", "uploading"),
        ("Section 15 of POCSO was added against the school peon for storage of pornographic "
         "material involving child.", "storing"),
        # H7: a one-word headline, and "!"
        ("Sextortion\nA 15-year-old girl was threatened by a man who demanded more photos.",
         "sextortion"),
        # H9: a sentence passed after a clause with "if"; "sentenced a person"
        ("Asked if he had anything to say, the convict wept; the court sentenced him to five "
         "years for circulating obscene videos of the minor, an offence punishable with "
         "imprisonment up to seven years.", "sharing"),
        ("A Mumbai court sentenced a person to five years' imprisonment for storing child "
         "pornographic material, an offence punishable with up to five years.", "storing"),
        # 13d H5 row 3: a name before the past verb, then the law
        ("Rahul Patil shared obscene videos of the minor on WhatsApp, an offence punishable with "
         "imprisonment up to five years under Section 67B.", "sharing"),
    ],
)  # fmt: skip
def test_the_fourteenth_e_review_s_acts_stay(catalog: Catalog, text: str, conduct: str) -> None:
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Those convicted of uploading such material face imprisonment up to five years.",
        "If found guilty of sharing such material, the offender faces imprisonment up to five "
        "years.",
        "A person convicted for the first time for storing such material shall be punished with "
        "imprisonment up to five years.",
    ],
)
def test_the_law_s_subjects_before_a_conviction_state_the_law(catalog: Catalog, text: str) -> None:
    """H9's controls: "those", "if" and "a person" right before a verb of conviction."""
    assert _conducts(catalog, text) == []


def test_devices_that_comprised_material_of_children_are_storing(catalog: Catalog) -> None:
    """A device said to hold material with "comprised" and no verb of storing (Operation
    P-Hunt's "The gadgets comprised graphic and illegal videos and pictures of children")."""
    text = (
        "The police seized 143 devices such as mobile phones, hard disks and computers in the "
        "raids. The gadgets comprised graphic and illegal videos and pictures of children, the "
        "police said."
    )
    assert "storing" in [c for _, c in _conducts(catalog, text)]


def test_a_device_s_material_after_a_sentence_that_names_the_child_is_storing(
    catalog: Catalog,
) -> None:
    """The child named in the sentence before a device's count of material (twenty-first
    session, dev misses); a device in a sentence after none is not read so."""
    text = (
        "The teacher secretly recorded obscene videos of the minor students in the school "
        "toilet, police said. Each device contained approximately 1,000 images and several "
        "hundred videos."
    )
    assert ("device contained approximately 1,000 images", "storing") in _conducts(catalog, text)
    apart = text.replace("police said.", "police said. The school has 40 teachers.")
    assert "storing" not in [c for _, c in _conducts(catalog, apart)]


def test_capturing_indecent_videos_is_producing(catalog: Catalog) -> None:
    """The frame of a recording verb before a word of sexual content takes every form of
    "capture" ("accused of committing rape and capturing indecent videos of the victim")."""
    text = "The applicant is accused of committing rape and capturing indecent videos of the minor."
    assert "producing" in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A single-judge bench, in an order passed on March 24, noted the intention of the "
         "legislature.", []),
        ("The judgment passed on Thursday by the bench was reserved earlier.", []),
        ("He passed on the obscene videos of the minor to his friends.",
         [("passed on", "sharing")]),
    ],
)  # fmt: skip
def test_an_order_passed_on_a_day_passes_nothing_on(
    catalog: Catalog, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "passed on March 24" is a day an order was made (``not_conduct``), not material passed
    on."""
    assert _conducts(catalog, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The petitioner submitted that the messages alleged to be sent by him are not "
         "disclosed in the statements.", []),
        ("The police learnt that the messages were sent by the victim's classmate.", []),
        ("After the message was circulated, the police said the post was fake.", []),
        # material before the messages keeps the sharing
        ("Obscene photos and messages sent by him to the minor girl were recovered.",
         [("sent", "sharing")]),
    ],
)  # fmt: skip
def test_messages_sent_are_no_material_sent(
    catalog: Catalog, text: str, expected: list[tuple[str, str]]
) -> None:
    """Messages, notices, letters and requests told before the verb that sends them are no
    material (``not_objects`` with ``before``); obscene messages to a child are grooming, read
    by its own frame."""
    assert _conducts(catalog, text) == expected


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # H1: a person's noun outside a material's phrase is a doer
        ("A 17-year-old boy shared obscene videos of the minor on WhatsApp, an offence "
         "punishable with imprisonment up to five years.", "sharing"),
        ("A Nigerian national uploaded obscene videos of children on Telegram, an offence "
         "punishable with five years under Section 67B.", "uploading"),
        ("The victim's mother shared obscene videos of the minor on WhatsApp, an offence "
         "punishable with imprisonment up to five years.", "sharing"),
        # H3: a case told after a provision's verb
        ("The POCSO Act makes it mandatory to report such crimes, but the school hid that the "
         "teacher had filmed the girls.", "producing"),
        ("The POCSO Act applies to the tutor, who filmed the girls in the washroom.", "producing"),
        ("The POCSO Act makes sharing such videos a crime, and the tutor shared 40 videos on "
         "Telegram.", "sharing"),
        # H4: a court's application of the law to the offender's act
        ("The court held that Section 67B squarely covers the tutor's act of uploading the video "
         "of the minor on Instagram.", "uploading"),
        # H5: proof before a doer's act
        ("Police have proof the accused uploaded obscene videos of the minor.", "uploading"),
        ("As proof, the accused uploaded a clip of the minor to the Telegram group.",
         "uploading"),
    ],
)  # fmt: skip
def test_the_fourteenth_f_review_s_acts_stay(catalog: Catalog, text: str, conduct: str) -> None:
    """Review 2026-12-14f: each row had lost its act at the tree it reviewed."""
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # H2: a place after "from" is no name
        ("Child sexual abuse material from India uploaded to foreign servers is punishable with "
         "imprisonment up to five years.", "uploading"),
        # H6: an explainer's "is" and "was" after the provision
        ("Section 15 is about storage of pornographic material involving child.", "storing"),
        ("Section 67B of the IT Act was enacted in 2008 to punish publishing or transmitting of "
         "material depicting children in sexually explicit act.", "uploading"),
        # the law in a list with a serial comma stays the law's
        ("The POCSO Act criminalizes the creation, storage, sharing, and transmission of child "
         "pornography.", "sharing"),
    ],
)  # fmt: skip
def test_the_fourteenth_f_review_s_non_acts(catalog: Catalog, text: str, conduct: str) -> None:
    assert conduct not in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # H1: "of them", "one of the youths" name doers
        ("All of them shared obscene videos of the minor on WhatsApp, an offence punishable "
         "with imprisonment up to five years.", "sharing"),
        ("One of the youths shared obscene videos of the minor on WhatsApp, an offence "
         "punishable with imprisonment up to five years.", "sharing"),
        # H2: a subject with its place
        ("Rahul Patil from Thane shared obscene videos of the minor on WhatsApp, an offence "
         "punishable with imprisonment up to five years.", "sharing"),
        # H4, H5: messages or proof before a doer's act with material
        ("After a few messages the accused shared a nude video of the girl with her brother.",
         "sharing"),
        ("The police found proof that the tutor uploaded obscene videos of the minor.",
         "uploading"),
        # H6: a date or a modal after "passed on"
        ("The clips he passed on may have been viewed by thousands of people.", "sharing"),
    ],
)  # fmt: skip
def test_the_fourteenth_g_review_s_acts_stay(catalog: Catalog, text: str, conduct: str) -> None:
    """Review 2026-12-14g: each row had lost its act at the tree it reviewed."""
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # H1: a material's "of" up to four words back
        ("Videos of Class IX girls circulated online is a crime, the police warned.", "sharing"),
        # H3: "the act of", "a person's act of", "while" in explainers
        ("Section 67B of the IT Act covers the act of knowingly transmitting material depicting "
         "children in sexually explicit acts.", "sharing"),
        ("Section 15 of the POCSO Act treats a person's act of storing pornographic material "
         "involving a child as an offence.", "storing"),
        ("Section 67B of the IT Act covers child sexual abuse material, while Section 67A "
         "covers any sexually explicit material uploaded online.", "uploading"),
        # H15: "capture" as evidence
        ("The girl's brother used his phone to capture the obscene act of the accused as "
         "evidence.", "producing"),
    ],
)  # fmt: skip
def test_the_fourteenth_g_review_s_non_acts(catalog: Catalog, text: str, conduct: str) -> None:
    assert conduct not in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # H5: an order passed on a day, with its auxiliary
        ("The order was passed on March 24 by the special court.", []),
        ("The sentence was passed on Thursday by the special court.", []),
        ("The clips he passed on may have been viewed by hundreds.",
         [("passed on", "sharing"), ("viewed", "viewing")]),
        # H6: notices and letters to platforms; a doer or material of the act keeps it
        ("Notices were sent to Instagram and Telegram to remove the obscene videos of the girl.",
         []),
        ("Letters from the NCPCR were sent to the platforms.", []),
        ("Requests from the father were forwarded to Instagram.", []),
        ("Proof of Aadhaar was uploaded on the portal.", []),
        ("After a few messages the accused shared a nude video of the girl with his friends.",
         [("shared", "sharing")]),
        ("Police have proof that Rahul Patil uploaded obscene videos of the girl.",
         [("uploaded", "uploading")]),
        # H7: an explainer's "when a person …", "because material …", "somebody's act of"
        ("The POCSO Act treats it as an offence when a person stored such material and failed "
         "to report it.", []),
        ("The POCSO Act requires anyone who finds such material to report it, because material "
         "shared online spreads fast.", []),
        ("Section 15 of the POCSO Act covers somebody's act of storing such videos.", []),
        ("Section 67B of the IT Act applies here because the tutor filmed the girl and "
         "circulated the video.", [("filmed", "producing"), ("circulated", "sharing")]),
        ("The POCSO Act makes it mandatory to report such material, but he had already "
         "circulated the video of the girl.", [("circulated", "sharing")]),
        # H8: law stated of material, whatever its noun and wherever it is from
        ("Obscene pics of minors shared online are punishable with imprisonment up to five "
         "years.", []),
        ("Obscene videos of minors from Kerala shared on Telegram are punishable with "
         "imprisonment up to five years.", []),
        ("Rahul Patil from Thane shared the video, an offence punishable with imprisonment up to "
         "five years.", [("shared", "sharing")]),
        # review 2026-12-15b H4, H5, H10
        ("Messages were sent to the victim along with obscene videos of her.",
         [("sent", "sharing")]),
        ("Messages from the accused were sent to the girl with her obscene photos.",
         [("sent", "sharing")]),
        ("The court reserved its order, which will be passed on Monday.", []),
        # review 2026-12-15c F4, F8
        ("Requests were sent to the girl to send her nude photos.", []),
        ("The verdict will be passed on Monday.", []),
        ("The order, which was passed on March 24, rejected his bail plea.", []),
        # a ruling's noun with only auxiliaries and the plea between (review 2026-12-16a F6)
        ("Orders on the bail plea will be passed on Friday.", []),
        ("The order was reserved and will be passed on Monday.", []),
        ("The verdict is expected to be passed on Monday.", []),
        ("The order said the accused passed on obscene videos of the minor to others.",
         [("passed on", "sharing")]),
        # a death; a request in other words (16a M-b, M-c)
        ("The girl's father, who passed on in 2021, had filed the complaint about the obscene "
         "videos.", []),
        ("Texts were sent to the girl urging her to send nude pictures.",
         [("urging her to send nude", "grooming")]),
        ("Messages were sent to the girl to get her nude photos.", []),
        # a relation cue inside the subject phrase of a finite verb (twentieth session)
        ("Two files pertaining to child pornography were downloaded by the accused.",
         [("downloaded", "downloading")]),
        ("Forty cases related to the downloading of child pornography were registered.", []),
        ("Reports related to child pornography being shared on Telegram are rising.", []),
        # a child coerced into sexual acts online is enticed (IT Act s.67B(c)); not a person
        # forced to engage a lawyer
        ("He allegedly coerced the minor girl into engaging in sexually explicit acts over video "
         "calls.",
         [("coerced the minor girl into engaging in sexually explicit acts over video calls",
           "grooming")]),
        ("The police forced the accused to engage a lawyer before the obscene videos of the minor "
         "were examined.", []),
        # rulings passed on a day, past a relative clause or the accused's plea (16b M-f)
        ("The judgment, which was reserved last month, will be passed on Monday.", []),
        ("An order on the bail application of the accused will be passed on Friday.", []),
        # messages to an adult are no grooming, though a child is named before (16b M-d)
        ("He was booked for harassing a minor girl by sending her father obscene messages.", []),
        # the child within four words before "by", and quantifiers before the object (16c H3)
        ("He was booked for harassing a 12-year-old student by sending obscene messages.",
         [("sending obscene messages", "grooming")]),
        ("He was booked for harassing the minor girl for months by sending obscene messages.",
         [("sending obscene messages", "grooming")]),
        # offline coercion is no online inducement (16c H5)
        ("The accused forced the 14-year-old girl to indulge in sexual intercourse at his house.",
         []),
        # a ruling is passed in the passive; an accused's "passed on" is sharing; a death ends
        # its clause (16c)
        ("According to the judgment, the accused passed on the obscene video of the minor to "
         "his friends.", [("passed on", "sharing")]),
        ("The clips of the minor he passed on in 2022 to others were recovered.",
         [("passed on", "sharing")]),
        # messages to a child's relation are no grooming; online coercion is (16d H3, H4)
        ("He harassed the 14-year-old girl's mother by sending obscene messages.",
         [("sending", "sharing")]),
        ("He harassed the mother of a 12-year-old student by sending obscene messages.", []),
        # … the whole child phrase after a relation's "of"; an offence's "of" names the child
        # harassed (17a F3, F4)
        ("He harassed the mother of a minor girl by sending her obscene messages on WhatsApp.",
         []),
        ("He was arrested for sexual harassment of a minor by sending obscene messages on "
         "Instagram.", [("sending obscene messages", "grooming")]),
        ("He was arrested for sexual harassment of a 15-year-old by sending her obscene messages "
         "on Instagram.", [("sending her obscene messages", "grooming")]),
        # online coercion by phone or a call; not abuse in person filmed, nor a camera at a
        # studio (17a F1, F2)
        ("The accused forced the minor girl to engage in obscene acts on a Zoom call.",
         [("forced the minor girl to engage in obscene acts on a Zoom call", "grooming")]),
        ("The accused forced the 14-year-old girl to perform obscene acts over the phone.",
         [("forced the 14-year-old girl to perform obscene acts over the phone", "grooming")]),
        ("The accused forced the minor girl to engage in sexual acts with him and shot a video of "
         "it.", [("shot a video", "producing")]),
        ("The accused compelled the minor to perform sexual acts in front of the camera at his "
         "studio.", []),
        # a quantity after "passed on last month" is no death; an adverb in a ruling's passive;
        # a person's accounts watched (17a F8, F11, F12)
        ("The accused had passed on last month at least 40 obscene videos of minors to a "
         "Telegram group.", [("passed on", "sharing")]),
        ("The verdict was reportedly passed on Friday against the accused in the child "
         "pornography case.", []),
        ("Police are watching the child's accounts after the obscene video of the minor was "
         "shared.", [("shared", "sharing")]),
        # … but sexual activities watched are viewing; "with him", "in her room" on video calls
        # are online coercion; a death "at the age of 70" (17b F6, F7, F8)
        ("The accused paid to watch live-streamed sexual activities of children.",
         [("watch", "viewing"), ("live-streamed", "live_streaming")]),
        ("The accused forced the minor girl to engage in obscene acts with him over video calls.",
         [("forced the minor girl to engage in obscene acts with him over video calls",
           "grooming")]),
        ("The accused forced the minor girl to perform sexual acts in her room during video "
         "calls.",
         [("forced the minor girl to perform sexual acts in her room during video calls",
           "grooming")]),
        ("A man was arrested for sharing obscene videos of a minor girl. His father, who passed "
         "on last year at the age of 70, was a retired teacher.", [("sharing", "sharing")]),
        ("A man was arrested for sharing obscene videos of a minor girl. His father, who passed "
         "on at the age of 70, was a retired teacher.", [("sharing", "sharing")]),
        ("A man was arrested for sharing obscene videos of a minor girl. The girl's father passed "
         "on in 2021 at a hospital in Kochi.", [("sharing", "sharing")]),
        ("The youth coerced the minor girl into performing sexual acts on a video call.",
         [("coerced the minor girl into performing sexual acts on a video call", "grooming")]),
        ("He forced the minor girl to indulge in obscene acts at his house.", []),
        # a death after its year; an adverb in a ruling's passive (16d M-c)
        ("The girl's father, who passed on last year after a long illness, had filed the "
         "complaint about the obscene videos of the minor.", []),
        ("The order was finally passed on Monday after the obscene videos of the minor were "
         "examined.", []),
        # a request in other verbs (twentieth session)
        ("He kept pestering the 15-year-old girl to send nude photos.",
         [("pestering the 15-year-old girl to send nude", "grooming")]),
        ("Section 15 of the POCSO Act provides for a higher punishment because the school peon "
         "stored the videos for commercial purposes.", [("stored", "storing")]),
    ],
)  # fmt: skip
def test_review_15a_rows(catalog: Catalog, text: str, expected: list[tuple[str, str]]) -> None:
    """Review 2026-12-15a H5-H8: regressions the mends of review 14g left or made, with the
    rows those mends were for kept right."""
    assert _conducts(catalog, text) == expected


# An explainer of some length that tells of no particular case: offending in general, not an
# offence reported (issue #13).
EXPLAINER = (
    "What is sextortion, and how can parents keep children safe online?\n\n"
    "Sextortion is a form of online blackmail that is spreading fast across the country. "
    "Gangs pose as teenagers on social media and befriend minor girls over weeks. Obscene "
    "videos of the children are recorded during video calls and circulated in closed groups. "
    "The clips are then used to extort money from the families, experts warn.\n\n"
    "Cyber experts advise parents to talk to their children about what they share online, to "
    "keep devices in common rooms and to report any threat on the national cybercrime portal "
    "without delay. Schools have been asked to hold awareness sessions for students."
)


@pytest.mark.parametrize(
    "general",
    [
        "",
        # a child in general, and a range of ages, tell of no case (review 2026-12-17a F7)
        " Once a minor girl starts trusting such a stranger, he asks for photos.",
        " A teenage girl is three times as likely to be targeted.",
        " Once a fourteen-year-old starts trusting a stranger, the threats begin.",
        " Children aged 13 to 17 are the most at risk.",
    ],
)
def test_an_explainer_that_tells_of_no_case_reports_no_conduct_with_no_doer(
    catalog: Catalog, general: str
) -> None:
    assert len(EXPLAINER) >= 600
    analysis = catalog.analyze(EXPLAINER + general, D(2024, 1, 1))
    assert analysis.mentions == ()
    assert analysis.summary.conducts == ()
    assert analysis.mentions_note is not None
    assert "no particular case" in analysis.mentions_note


@pytest.mark.parametrize(
    "case",
    [
        " Police arrested two men from Jamtara in such a case last week.",
        " An FIR was registered in one such case in Pune.",
        " In one case, the accused was denied bail by the High Court.",
        # police copy's and courts' everyday words, and a person by age (review 2026-12-16b H1)
        " A 22-year-old youth was held on Monday.",
        " A case was lodged at the Kotwali police station.",
        " The appellant challenged the order before the High Court.",
        " The girl, a 15-year-old from Nagpur, attempted suicide.",
        # ages written otherwise, and a particular child (review 2026-12-16c H1)
        " The girl, 14, attempted suicide.",
        " The 14-yr-old girl attempted suicide.",
        " The minor girl attempted suicide.",
        # 16d M-b
        " A fourteen-year-old girl attempted suicide.",
        " The girl (14) attempted suicide.",
        # two persons by age (17b F9)
        " Two sisters aged 14 and 16 attempted suicide.",
    ],
)
def test_a_case_told_anywhere_keeps_the_conduct(catalog: Catalog, case: str) -> None:
    analysis = catalog.analyze(EXPLAINER + case, D(2024, 1, 1))
    assert {"producing", "sharing"} <= {m.conduct for m in analysis.mentions}
    assert analysis.mentions_note is None


def test_a_short_description_of_conduct_needs_no_case_word(catalog: Catalog) -> None:
    """A sentence or a paragraph describing conduct (shorter than ``case_gate_chars``) is read as
    it is: a user's description names no arrest."""
    text = "Obscene videos of the children were recorded and circulated in closed groups."
    assert {"producing", "sharing"} <= {m.conduct for m in catalog.analyze(text).mentions}


def test_a_doer_found_keeps_its_mention_in_a_text_with_no_case(catalog: Catalog) -> None:
    text = EXPLAINER + (
        "\n\nA mother told us that her daughter, 14, was befriended on Instagram by a man who "
        "sent her obscene videos of other children."
    )
    analysis = catalog.analyze(text, D(2024, 1, 1))
    kept = [m for m in analysis.mentions if m.conduct == "sharing"]
    assert kept
    assert all(m.actor is not None and m.start > len(EXPLAINER) for m in kept)


def test_a_named_group_doer_keeps_its_mention_and_line_ends_do_not_count(
    catalog: Catalog,
) -> None:
    """Review 2026-12-16b H1, L2: "Students of a private school" are a case's doers, not people
    in general; and a text's length is counted as a reader counts it, a CRLF file's no longer
    than its LF copy."""
    text = EXPLAINER + (
        "\n\nStudents of a private school shared an obscene video of their classmate on WhatsApp."
    )
    assert "sharing" in {m.conduct for m in catalog.analyze(text, D(2024, 1, 1)).mentions}
    short = (
        "Obscene videos of the children are recorded during video calls and circulated in closed "
        "groups.\n"
    ) * 6
    assert len(short) < 600 < len(short.replace("\n", "\r\n")) + 20
    lf = {m.conduct for m in catalog.analyze(short, D(2024, 1, 1)).mentions}
    crlf = {m.conduct for m in catalog.analyze(short.replace("\n", "\r\n"), D(2024, 1, 1)).mentions}
    assert lf == crlf


@pytest.mark.parametrize(
    "text",
    [
        # a ranking's subject (dev-49)
        "Officials said the reports show Delhi topping the list when it comes to uploading child "
        "sexual abuse material.",
        # a link to another story on the page
        "Police arrested two men for sharing child porn videos. Also read: Man sold child "
        "pornography videos on Telegram for Rs 500",
    ],
)
def test_a_ranking_s_subject_and_a_linked_headline_tell_no_act(catalog: Catalog, text: str) -> None:
    conducts = {conduct for _, conduct in _conducts(catalog, text)}
    assert "uploading" not in conducts
    assert "selling" not in conducts
    # the story's own act before the link stays
    assert ("sharing" in conducts) == ("Also read" in text)


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        (
            "The minister said the methodology of reporting such incidents is being shared with "
            "the district administration for prompt action.",
            False,
        ),
        ("Details of the cases were shared with the state governments.", False),
        ("The accused shared the obscene videos of the girl with his friends.", True),
    ],
)
def test_what_is_shared_with_an_administration_is_no_act(
    catalog: Catalog, text: str, shared: bool
) -> None:
    assert ("sharing" in {c for _, c in _conducts(catalog, text)}) == shared


def test_a_court_s_inference_from_conduct_in_general_is_law(catalog: Catalog) -> None:
    text = (
        "The Supreme Court held that storing child pornography without deleting or reporting it "
        "indicates an intent to transmit it."
    )
    assert _conducts(catalog, text) == []
    # … not the accused's own act, told before the inference
    told = "The accused stored child pornography on his phone, which indicates an intent to sell."
    assert "storing" in {c for _, c in _conducts(catalog, told)}


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # officials, a government's employees and collectors as receivers are people (review
        # 2026-12-18c H10)
        (
            "The accused shared obscene videos of the minor with officials of a private firm "
            "where he worked.",
            "sharing",
        ),
        ("The accused shared child porn with government employees on a WhatsApp group.", "sharing"),
        ("The accused sold child sexual abuse material to collectors in Europe.", "selling"),
        # a person's own act "when it comes to" it (H12)
        (
            "The accused was quite active when it comes to uploading obscene videos of minors, "
            "police said.",
            "uploading",
        ),
    ],
)
def test_acts_the_03c_review_found_lost_stay(catalog: Catalog, text: str, conduct: str) -> None:
    assert conduct in {c for _, c in _conducts(catalog, text)}


def test_a_linked_headline_after_read_more_is_no_act(catalog: Catalog) -> None:
    """Review 2026-12-18d H6: "Read more:" links another story."""
    text = (
        "The accused uploaded 50 videos of minors to a Telegram channel, police said. Read more: "
        "Ghaziabad man held for selling child porn clips on Telegram"
    )
    assert {c for _, c in _conducts(catalog, text)} == {"uploading"}


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        # "send" and "sends" alone are no sharing (the frame was withdrawn: review 2026-12-19d)
        ("The mother sends her son to school every day.", False),
        ("Police will send the seized videos to the forensic lab for examination.", False),
        ("The accused denied that he used to send obscene videos of the minor girl.", False),
        # a victim asked or lured to share her own pictures shares them herself
        ("He asked the girl to share her photos.", False),
        ("He had lured her to forward her private photos and used them to blackmail her.", False),
        ("The accused made the 14-year-old girl share her nude photos on Instagram.", False),
        ("Requests were sent to the girl to forward her nude photos.", False),
        # … but an accomplice asked, or a child asked to pass on another's material, shares
        # (the accused causes it to be transmitted, IT Act s.67B(a))
        ("He asked his friend to circulate the video of the minor.", True),
        ("He asked the girl to forward the obscene video of her classmate to him.", True),
        ("The accused made the boy share her obscene video.", True),
        ("He asked the girl to share her younger sister's nude photos.", True),
        ("He asked the teenager to share his video of the girl.", True),
    ],
)
def test_a_victim_asked_to_share_her_own_is_not_sharing(
    catalog: Catalog, text: str, shared: bool
) -> None:
    conducts = {conduct for _, conduct in _conducts(catalog, text)}
    assert ("sharing" in conducts) == shared


def test_a_child_made_to_watch_is_shown_the_material(catalog: Catalog) -> None:
    """POCSO s.11(iii): what a child is made to watch is shown to her, not viewed by the
    offender; the offender's own watching stays."""
    text = "The teachers are accused of forcing girl students to watch obscene videos."
    assert "viewing" not in {conduct for _, conduct in _conducts(catalog, text)}
    own = "The accused was watching child pornography on his phone."
    assert "viewing" in {conduct for _, conduct in _conducts(catalog, own)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law's provisions for a kind of conduct (batch dev-51)
        (
            "The Acts have provisions to deal with publishing, browsing or transmitting child "
            "pornography in electronic form.",
            set(),
        ),
        # a relative clause after a law says what it is about (batch dev-51)
        (
            "They are also charged under section 3(5) of the Indecent Representation of Women "
            "(Prohibition) Act, which relates to publishing content that objectifies women.",
            set(),
        ),
        (
            "The accused was booked under Section 67B of the IT Act, which punishes anyone who "
            "shares child pornography.",
            set(),
        ),
        # … to its clause's end: the charge's own conduct after it stays
        (
            "He was booked under Section 67B of the IT Act, which deals with publishing child "
            "porn, for sharing videos of minors.",
            {"sharing"},
        ),
        # no verb of what a law is about: the conduct is the accused's
        (
            "He was booked under the POCSO Act, which was invoked against him for sharing videos "
            "of the minor.",
            {"sharing"},
        ),
    ],
)
def test_a_law_s_provisions_and_a_relative_gloss_tell_no_act(
    catalog: Catalog, text: str, expected: set[str]
) -> None:
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # H1: no causative far back or across a clause: the accused's own act stays
        ("The accused who had raped the minor girl uploaded her video online.", {"uploading"}),
        ("Sharma had abused the minor girl, uploaded her obscene video.", {"uploading"}),
        ("The accused, making friends with the minor, shared her obscene photos.", {"sharing"}),
        # H2, M1: another's material ("that video", "his classmate's", "her friend's") passed on
        (
            "The accused asked the victim to forward that video of the minor to other boys.",
            {"sharing"},
        ),
        ("The accused asked the boy to share his classmate's nude photos with him.", {"sharing"}),
        ("The accused asked the girl to share her friend's nude photos with him.", {"sharing"}),
        # H3, H5, M4: a person sent, the hearer's own asked for, study material
        ("The court will send him to jail over the video of the minor girl.", set()),
        ("Send me your nude photos, the accused told the 14-year-old girl.", set()),
        ("The teacher used to send study material to the minor girl on WhatsApp.", set()),
        # H4: a double object before her own material
        ("The accused told the 14-year-old girl to forward him her nude photos.", set()),
        # H6: hers sent to others or published at his bidding: he causes it (s.67B(a))
        ("The accused made the girl share her nude photos with his clients.", {"sharing"}),
        ("The accused made the girl upload her obscene videos on his porn website.", {"uploading"}),
    ],
)
def test_the_review_2026_12_19b_rows(catalog: Catalog, text: str, expected: set[str]) -> None:
    assert {conduct for _, conduct in _conducts(catalog, text)} - {"grooming"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # H3-H5, M4: a gloss is its opener and the acts right after it, not the case's facts
        (
            "A case was registered under Section 67B of the IT Act relating to the videos of the "
            "minor girl the youth shared on WhatsApp.",
            {"sharing"},
        ),
        (
            "He was booked under Section 67B of the IT Act dealing with child pornography after "
            "uploading obscene videos of a minor girl on Instagram.",
            {"uploading"},
        ),
        (
            "He was booked under Section 67B of the IT Act, pertaining to the obscene photos of "
            "the 15-year-old girl circulated by him on Instagram.",
            {"sharing"},
        ),
        (
            "He was booked under Section 67B of the IT Act, which relates to his sharing of "
            "obscene videos of the minor girl.",
            {"sharing"},
        ),
        # … the law's nouns of acts too (dev)
        (
            "He was booked under the Information Technology Act, 2000, which deals with online "
            "distribution of obscene content.",
            set(),
        ),
    ],
)
def test_the_review_2026_12_19a_gloss_rows(catalog: Catalog, text: str, expected: set[str]) -> None:
    assert {conduct for _, conduct in _conducts(catalog, text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        # review 2026-12-19d H5: a gloss whose acts are followed by this case's victim or doer
        "He was booked under Section 67B of the IT Act, which relates to the online sharing of "
        "the victim's photos by him.",
        "He was booked under Section 67B of the IT Act, which deals with circulating the minor "
        "girl's obscene videos on WhatsApp.",
    ],
)
def test_a_gloss_that_names_the_case_s_victim_tells_the_case(catalog: Catalog, text: str) -> None:
    assert "sharing" in {conduct for _, conduct in _conducts(catalog, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-19e: "of marriage" is no other's material (M1); a comma ends the look
        # for the case's victim after a gloss (H4); plural doers in a gloss (H5)
        ("The accused made the girl share her nude photos on the pretext of marriage.", set()),
        (
            "He was booked under Section 67B of the IT Act, which deals with publishing or "
            "transmitting obscene material, on a complaint by the girl's father.",
            set(),
        ),
        (
            "He was booked under Section 67B of the IT Act, which deals with persons who share "
            "child pornography.",
            set(),
        ),
        (
            "He was booked under Section 67B of the IT Act, which deals with persons who "
            "circulated the video of the minor girl.",
            {"sharing"},
        ),
    ],
)
def test_the_review_2026_12_19e_rows(catalog: Catalog, text: str, expected: set[str]) -> None:
    assert {conduct for _, conduct in _conducts(catalog, text)} - {"grooming"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review 2026-12-20b: two rules were withdrawn (her own pictures sent "with strangers" as
        # his sharing; site words before or inside the storing frames); these readings, right
        # before them, stay. Her own pictures sent to him, whatever purpose follows:
        ("The accused made the girl share her nude photos with him to gain followers.", set()),
        ("The two accused men made the girl share her nude photos with both men.", set()),
        # … material found where a site word stands elsewhere in the sentence is stored
        (
            "Police found website addresses and 300 obscene videos of children on his phone.",
            {"storing"},
        ),
        (
            "Raids at multiple sites recovered over 2,000 child sexual abuse videos from the "
            "accused.",
            {"storing"},
        ),
        (
            "Police said his phone, which had links to porn websites, contained 300 obscene "
            "videos of minors.",
            {"storing"},
        ),
        # what a website holds is hosted there, no one's material stored (the dev labels of
        # hosted websites name no storing): running the site is administering it (dev errors
        # of 2026-12-27)
        (
            "The accused ran a website containing 1,500 obscene videos of children.",
            {"administering"},
        ),
    ],
)
def test_the_review_2026_12_20b_rows(catalog: Catalog, text: str, expected: set[str]) -> None:
    assert {conduct for _, conduct in _conducts(catalog, text)} - {"grooming"} == expected


@pytest.mark.parametrize(
    "text",
    [
        # review 2026-12-21a H1: a child's photo taken is no abuse material (the frame on
        # "took"/"taking" with a child after the pictures was withdrawn)
        "Her father took pictures of the girl at the school annual day.",
        "Journalists were taking photos of the minor victim outside the POCSO court.",
        "The teacher was arrested under the POCSO Act for taking photos of the students at the "
        "sports meet.",
        # H2, H3: a video appeal or call "about"/"after" the abuse; bystanders' videos of an
        # incident ("made" and "incident" were withdrawn from the frame on the act filmed)
        "The victim's mother made a video appeal about the abuse and sought justice.",
        "The accused made a video call after the incident, police said.",
        "Locals took videos of the incident in which the accused was beaten.",
        # H4: a threat to reveal what is no picture
        "The accused threatened to reveal the affair to her parents.",
        "The accused threatened to reveal her identity on social media.",
        # H5, H6, 21b H6: "post" before no picture, an intention, a court's listing ("post her",
        # "post it", "post the video" were withdrawn from the lexicon)
        "He told the girl he would post her address on Instagram unless she paid him.",
        "The victim's mother said she would post the video online to shame the accused.",
        "The court said it would post it for hearing on Monday.",
    ],
)
def test_the_review_2026_12_21a_non_acts(catalog: Catalog, text: str) -> None:
    assert _conducts(catalog, text) == []


@pytest.mark.parametrize(
    ("text", "groomed"),
    [
        # reviews 2026-12-21a H7, 21b H1: a school grade before an adult's noun (the rules that
        # read a grade as a child were withdrawn after review 2026-12-21d)
        ("The accused sent obscene messages to the Class X class teacher.", False),
        ("He sent obscene messages to his colleague plus one other woman at the school.", False),
        # 21a H8, 21b H3, M5: a recipient named after the messages is theirs
        (
            "He harassed the minor girl by stalking her and sending obscene messages to her "
            "mother.",
            False,
        ),
        (
            "He harassed a Class X student by stalking her; he also kept sending obscene "
            "messages to her mother.",
            False,
        ),
        # 21b H2, M3: a child inside a clause about the one harassed, or doing the harassing
        (
            "The accused harassed a nurse whose son is a Class X student by following her and "
            "sending vulgar messages.",
            False,
        ),
        ("A minor boy harassed a woman by stalking her and sending obscene messages.", False),
        # 21b M1, M2: an adult recipient described by a grade; a plural's possessive
        (
            "He was arrested for sending obscene messages to a woman who teaches Class X students.",
            False,
        ),
        ("He was arrested for sending obscene messages to the Class 10 students' mothers.", False),
        # 21a M2: a sender named by a grade does not make the child receiving them an adult
        (
            "The minor girl complained that the Class XII student had sent obscene messages to "
            "her.",
            True,
        ),
    ],
)
def test_the_review_2026_12_21_message_recipients(
    catalog: Catalog, text: str, groomed: bool
) -> None:
    assert ("grooming" in {c for _, c in _conducts(catalog, text)}) is groomed


def test_the_review_2026_12_21a_possessed_body_is_still_filmed(catalog: Catalog) -> None:
    """Review 2026-12-21a H9: a rule that a frame's object owning the next word is no object
    ("the minor girl's answer sheet") also stopped "videographed the minor girl's bath"; it was
    withdrawn with the frame it was made for."""
    text = "The accused videographed the minor girl's bath through a hole in the wall."
    assert [c for _, c in _conducts(catalog, text)] == ["producing"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reviews 2026-12-21d H8, 21e H1: "viralise" reads past what describes the pictures
        ("The accused threatened to viralise her morphed photos.", ["sextortion"]),
        ("The accused threatened to viralise more of her nude photos.", ["sextortion"]),
        # 21d H7, 21f H1: a threat to reveal is no threat to spread pictures ("reveal" was
        # withdrawn from the frame)
        ("The accused threatened to reveal her identity in a video on social media.", []),
        ("The accused threatened to reveal details of their video calls to her parents.", []),
        ("The accused threatened to reveal the address of the photo studio.", []),
        ("The accused threatened to reveal the source of the leaked video.", []),
        # 21g H4: a video as the channel of a threat to viralize something else
        ("The accused threatened to viralize the matter through a video.", []),
    ],
)
def test_the_review_2026_12_21e_threats(catalog: Catalog, text: str, expected: list[str]) -> None:
    assert [c for _, c in _conducts(catalog, text) if c != "producing"] == expected


@pytest.mark.parametrize(
    ("text", "conduct", "read"),
    [
        # an explainer's "is applicable for": the law, not an act
        (
            "Section 67 of IT Act is applicable for publishing or transmitting obscene material "
            "of children in electronic form.",
            "uploading",
            False,
        ),
        (
            "Section 67B of the IT Act is applicable to those who transmit child sexual abuse "
            "material.",
            "sharing",
            False,
        ),
        # … a doer's act in a clause of its own is still read
        (
            "The accused transmitted obscene videos of the minor girl; Section 67B is applicable.",
            "sharing",
            True,
        ),
    ],
)
def test_an_explainer_s_is_applicable_for_states_the_law(
    catalog: Catalog, text: str, conduct: str, read: bool
) -> None:
    """Batch dev-64: "Section 67 of IT Act is applicable for publishing or transmitting obscene
    material in electronic form" says what the provision covers (``provision_verb_phrases``)."""
    assert (conduct in [c for _, c in _conducts(catalog, text)]) is read


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        (
            "The girl had gone to buy stationery when the accused sexually assaulted her, and "
            "police booked him under the POCSO Act.",
            "buying",
        ),
        (
            "The school aims to create a safe haven for children, the principal said after a "
            "POCSO case.",
            "producing",
        ),
        (
            "Children should think twice before they share any picture online, police said in an "
            "advisory on child sexual abuse material.",
            "sharing",
        ),
        (
            "The officers cautioned students against befriending strangers online, in a POCSO "
            "awareness session.",
            "grooming",
        ),
    ],
)
def test_the_survey_s_errands_boards_and_advice(catalog: Catalog, text: str, conduct: str) -> None:
    """A survey of unseen reports (2027-01-04): a child's errand ("gone to buy stationery"), "to
    create a safe haven", and advice ("should think twice before they share", "cautioned
    students against befriending") were read as acts."""
    assert conduct not in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        (
            "The accused did not think twice before sharing child sexual abuse videos on WhatsApp.",
            "sharing",
        ),
        (
            "Despite being cautioned against it, he shared child sexual abuse material in a "
            "WhatsApp group.",
            "sharing",
        ),
        (
            "The accused used to sell something on Telegram which turned out to be child sexual "
            "abuse material.",
            "selling",
        ),
    ],
)
def test_the_review_2027_01_04b_acts_kept(catalog: Catalog, text: str, conduct: str) -> None:
    """Review 2027-01-04b H10, M1: advice cues and a not-object that took real acts."""
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct", "read"),
    [
        ("The two minors were sent to the Juvenile Justice Board.", "sharing", False),
        (
            "The boy shared the obscene video of the minor girl on WhatsApp and was sent to the "
            "Juvenile Justice Board.",
            "sharing",
            True,
        ),
    ],
)
def test_the_review_2027_01_04c_objects(
    catalog: Catalog, text: str, conduct: str, read: bool
) -> None:
    """Review 2027-01-04c H5: the Juvenile Justice Board close after "sent"."""
    assert (conduct in [c for _, c in _conducts(catalog, text)]) is read


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        (
            "The accused recorded the girl's obscene video and sent it to a juvenile friend.",
            "sharing",
        ),
        (
            "He used to buy something from the accused on Telegram, which turned out to be child "
            "pornography.",
            "buying",
        ),
    ],
)
def test_the_review_2027_01_04d_acts_kept(catalog: Catalog, text: str, conduct: str) -> None:
    """Review 2027-01-04d H8, H10: "juvenile" alone is no board, "something" bought may be
    material."""
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # a section's title ("Punishment for storage of …"): the law
        ("Punishment for storage of pornographic material involving child.", "storing"),
        # people made aware, an impact created
        ("Effort is being made to make children and adults aware about cybercrime.", "producing"),
        (
            "The young students in the group will also read the messages, which can possibly "
            "create an unfavourable impact on children.",
            "producing",
        ),
        # adults blackmailed
        (
            "She said criminals are blackmailing women for money. She gave information about "
            "child abuse.",
            "sextortion",
        ),
        # a ranking of States, and an agency's data passed to them
        (
            "Delhi topped the list of states involved in uploading Child Sexual Abuse Material "
            "(CSAM) over the internet.",
            "uploading",
        ),
        (
            "NCMEC provides data on CSAM, which are shared with the concerned states and UTs "
            "through the portal.",
            "sharing",
        ),
        # lessons shared with a class
        (
            "Obscene messages were circulated on WhatsApp groups created to share online study "
            "material with students.",
            "sharing",
        ),
        # advisories' words
        (
            "Protect your child from Cyber Grooming: Grooming is a practice where someone builds "
            "an emotional bond with a child.",
            "grooming",
        ),
        (
            "If your child starts being secretive about their online activities, it may be an "
            "indicator of cyber grooming.",
            "grooming",
        ),
        (
            "Cover your webcams: a web camera if hacked can be used to record children.",
            "hacking_spyware",
        ),
        (
            "They advised the students to adopt safe browsing habits and report child pornography.",
            "viewing",
        ),
        (
            "Cyber criminals target children online. Extorting money with the lure of reward "
            "has also increased.",
            "grooming",
        ),
    ],
)
def test_the_unseen_survey_2027_01_05_decoys(catalog: Catalog, text: str, conduct: str) -> None:
    """Wrong readings a survey of 78 English reports with no offence against a child (none in
    the corpus) found, each form mended where it recurs or is a plain homonym."""
    assert conduct not in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        ("The accused blackmailed women and minor girls with their morphed photos.", "sextortion"),
        ("The accused was blackmailing the minor girl with her obscene photos.", "sextortion"),
        ("He made the minor girl pose nude and recorded the video.", "producing"),
        (
            "The teacher shared obscene videos of the minor students in the class WhatsApp group.",
            "sharing",
        ),
        (
            "The accused used the lure of a modelling job to make the minor girl send nude photos.",
            "grooming",
        ),
    ],
)
def test_the_unseen_survey_2027_01_05_acts_kept(catalog: Catalog, text: str, conduct: str) -> None:
    """Near misses of the survey's mends: offenders' acts in the same words stay read."""
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "said", "conduct"),
    [
        # geography, not material spread
        (
            "The searches were spread across Haryana, Uttarakhand and Gujarat in the CSAM case.",
            "spread",
            "sharing",
        ),
        # what the law requires, and what the evidence lacks
        (
            "Under the POCSO Act, there must be evidence indicating that the accused possessed or "
            "stored pornographic materials involving a child.",
            "stored",
            "storing",
        ),
        (
            "The court found a lack of evidence demonstrating their involvement in sharing or "
            "transmitting pornographic materials related to children.",
            "sharing",
            "sharing",
        ),
        (
            "The court held that absence of any material to indicate any transmission of "
            "pornographic content was fatal to the prosecution.",
            "transmission",
            "sharing",
        ),
        (
            "The section did not cover cases where an individual only downloaded and watched "
            "content involving children.",
            "downloaded",
            "downloading",
        ),
        # devices held, not material
        (
            "The court asked why the teacher is in possession of five mobile phones.",
            "in possession of",
            "storing",
        ),
        # agencies' exchanges
        (
            "A mobile phone number was shared with the MHA by the US-based NGO along with the "
            "CSAM details.",
            "shared",
            "sharing",
        ),
        (
            "The CBI had received the input from New Zealand police for sharing with the relevant "
            "country.",
            "sharing",
            "sharing",
        ),
        # a whistleblower's screenshots
        (
            "Information about the group came to light after a girl shared screenshots of its "
            "activities.",
            "shared",
            "sharing",
        ),
        # page furniture run into the text
        (
            "This image is AI-generated and does not depict any real-life event. The teacher was "
            "arrested.",
            "AI-generated",
            "producing",
        ),
        (
            "WATCH: Delhi police crackdown on child pornography. The police arrested a man.",
            "WATCH",
            "viewing",
        ),
        (
            "ADVERTISEMENT Focus on woman and child safety from online fraud.",
            "ADVERTISEMENT",
            "advertising",
        ),
        (
            "Advertisement Maharashtra: Teacher Held For Showing Obscene Videos To Minor Students.",
            "Advertisement",
            "advertising",
        ),
    ],
)
def test_the_unseen_survey_2027_01_05_positive_reports_decoys(
    catalog: Catalog, text: str, said: str, conduct: str
) -> None:
    """Wrong readings a survey of 46 unseen English reports of offences against children found
    (none in the corpus; 55 of 214 mentions wrong), taken where the form recurs across outlets."""
    assert (said, conduct) not in _conducts(catalog, text)


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        (
            "The CBI recovered incriminating material stored on computers, hard disks and mobile "
            "phones.",
            "storing",
        ),
        (
            "The accused was found in possession of two mobile phones containing child "
            "pornography videos.",
            "storing",
        ),
        ("Advertisement of child pornography on Telegram was found by the police.", "advertising"),
        ("The video of the minor girl spread across social media within hours.", "sharing"),
    ],
)
def test_the_unseen_survey_2027_01_05_positive_reports_kept(
    catalog: Catalog, text: str, conduct: str
) -> None:
    """Near misses of those mends: the offenders' acts in the same words stay read."""
    assert conduct in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "said", "conduct"),
    [
        # trade told by its money
        (
            "The nexus was engaged in the online distribution of child sexual exploitation "
            "material for monetary benefit.",
            "for monetary benefit",
            "selling",
        ),
        (
            "The accused would share the pornographic material of minors through WhatsApp after "
            "receiving payments through Paytm.",
            "after receiving payments",
            "selling",
        ),
    ],
)
def test_the_unseen_survey_2027_01_05_missed_acts(
    catalog: Catalog, text: str, said: str, conduct: str
) -> None:
    """Acts the survey of unseen reports of offences found missed, in forms that recur in more
    than one outlet (ThePrint, ETV Bharat)."""
    assert (said, conduct) in _conducts(catalog, text)


def test_money_extorted_is_not_trade(catalog: Catalog) -> None:
    """Money with a threat is extortion, also in the new words of trade ("for monetary gain")."""
    text = "He threatened the minor girl and blackmailed her for monetary gain."
    assert "selling" not in [c for _, c in _conducts(catalog, text)]


def test_adult_material_posted_to_a_class_group_is_no_abuse_material(catalog: Catalog) -> None:
    """A porn clip posted to a class's group: the children are its audience (POCSO s.11(iii), IT
    Act s.67), not in it, so no sharing of abuse material is read (latestly.com, Madhya Pradesh;
    survey of unseen reports, 2027-01-05)."""
    text = (
        "Online classes of a private school were suspended after a porn video was shared on the "
        "official WhatsApp group. The obscene clip was shared on the official group of Class 8 "
        "students of the school. The students were being taught by a female teacher."
    )
    assert catalog.analyze(text, D(2023, 1, 1)).mentions == ()


@pytest.mark.parametrize(
    "text",
    [
        "A student shared an obscene video of a classmate in the class WhatsApp group.",
        "The teacher shared obscene videos of minor girls in the school WhatsApp group.",
        "The accused posted child pornography in the class WhatsApp group.",
        "He circulated an obscene clip in the school group, the police said. The clip showed a "
        "Class 9 student, a minor.",
    ],
)
def test_abuse_material_posted_to_a_class_group_is_still_read(catalog: Catalog, text: str) -> None:
    """Near misses: material of a child, named in the sentence or the next, stays read."""
    assert {"sharing", "uploading"} & {c for _, c in _conducts(catalog, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Does only publishing or transmitting child pornography attract punishment?",
        "Is watching child pornography a crime in India?",
        "Sharing Indecent Photos of children on a WhatsApp Group- Is it Legal in India?",
        "Sharing nude pictures of minors over WhatsApp can be illegal even if both consent.",
        "A child watching porn may not be an offence, but a child used in pornography is.",
        # review 2027-01-05c H9: nouns and the present ask of the law too
        "Is the upload of child pornography an offence?",
        "Can a person who watches child pornography be jailed?",
    ],
)
def test_questions_and_possibilities_of_the_law_are_no_acts(catalog: Catalog, text: str) -> None:
    """An explainer's question of the law, and what may be illegal, tell of no act (survey of
    unseen reports, 2027-01-05: thelawlearners.com, intoday.in)."""
    assert _conducts(catalog, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Who shared the video of the minor girl? The police are investigating.",
        "Did he share the obscene video of the minor girl? The court asked.",
        "Is the accused guilty of sharing child pornography?",
    ],
)
def test_questions_of_a_case_still_tell_of_acts(catalog: Catalog, text: str) -> None:
    """Near misses: a question that names a doer, or asks who did it, is of a case."""
    assert "sharing" in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # H7, M7: a child named after the adults blackmailed
        (
            "He was blackmailing women, including a 15-year-old girl, with morphed photos.",
            "sextortion",
        ),
        ("The gang blackmailed doctors and a 17-year-old girl with obscene videos.", "sextortion"),
        # H8: classroom words beside sexual material
        ("The tutor shared study material laced with pornographic clips of minors.", "sharing"),
        # H9: a real sharing "with the respective" groups
        (
            "The minor's obscene videos were shared with the respective WhatsApp groups by the "
            "accused.",
            "sharing",
        ),
        # H10: a deepfake's own words
        (
            "The nude image is AI-generated and was created by the accused using the 14-year-old "
            "girl's photo.",
            "producing",
        ),
        # H12, M8: a headline of an advert's case
        ("ADVERTISEMENT OF CHILD PORN ON TELEGRAM: YOUTH HELD", "advertising"),
        (
            "Advertisement Of Child Sexual Abuse Videos On Instagram: Mumbai Man Arrested",
            "advertising",
        ),
        # M5: a lure as the accused's means
        ("On the lure of cashback, the accused made the 14-year-old send nude photos.", "grooming"),
        # M6: an offender who promised to protect
        (
            "He promised to protect children from bullies and then groomed three of them online.",
            "grooming",
        ),
    ],
)
def test_the_review_2027_01_05a_acts_kept(catalog: Catalog, text: str, conduct: str) -> None:
    """Review 2027-01-05a: offenders' acts the session's first mends had lost."""
    assert conduct in [c for _, c in _conducts(catalog, text)]


def test_fraud_for_monetary_benefit_is_not_trade(catalog: Catalog) -> None:
    """Review 2027-01-05a H13: a fraud's "for monetary benefit" sells nothing."""
    text = "The fraudsters were cheating people through fake loan apps for monetary benefit."
    assert "selling" not in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct"),
    [
        # H6: a child near the class group's material keeps the reading
        (
            "The PT teacher uploaded obscene videos he had recorded of Class 6 girls to the school "
            "group.",
            "uploading",
        ),
        (
            "The teacher shared obscene clips on the school WhatsApp group. The clips showed the "
            "13-year-old victim, police said.",
            "sharing",
        ),
        (
            "A Class 10 student morphed a classmate's photo into an obscene image and posted it on "
            "the class group.",
            "producing",
        ),
        (
            "Unknown persons hacked into the online class of Class 6 students and played a porn "
            "video.",
            "hacking_spyware",
        ),
        # H7: questions of a case
        ("Can a man who downloaded child pornography 200 times be let off?", "downloading"),
        ("How many children did the gang groom before it was busted?", "grooming"),
        # H8: a marker before a new paragraph
        (
            "ADVERTISEMENT On Monday, the cyber police arrested a man for sharing child "
            "pornography.",
            "sharing",
        ),
    ],
)
def test_the_review_2027_01_05b_acts_kept(catalog: Catalog, text: str, conduct: str) -> None:
    """Review 2027-01-05b: offenders' acts the session's later mends had lost."""
    assert conduct in [c for _, c in _conducts(catalog, text)]


def test_a_marker_before_a_new_paragraph_advertises_nothing(catalog: Catalog) -> None:
    """Review 2027-01-05b H8: "ADVERTISEMENT On Monday, …" is the page's marker."""
    text = "ADVERTISEMENT On Monday, the cyber police arrested a man for sharing child pornography."
    assert "advertising" not in [c for _, c in _conducts(catalog, text)]


@pytest.mark.parametrize(
    ("text", "conduct", "read"),
    [
        # H7: the group's own "of" is no material's
        (
            "A 42-year-old teacher was arrested for sharing a pornographic video in the WhatsApp "
            "group of Class 8 students in Gopalganj.",
            "sharing",
            False,
        ),
        # H8: the school's children are its audience
        (
            "A teacher shared obscene videos in the school WhatsApp group, police said. The school "
            "has over 500 children on its rolls.",
            "sharing",
            False,
        ),
        # M1: an advert's headline in capitals and title case
        ("ADVERTISEMENT Of Child Porn On Telegram: Youth Held In Ranchi", "advertising", True),
        # H9: questions of a case still tell of acts
        ("How many children did the gang groom before it was busted?", "grooming", True),
    ],
)
def test_the_review_2027_01_05c_conduct(
    catalog: Catalog, text: str, conduct: str, read: bool
) -> None:
    """Review 2027-01-05c: the class-group, marker and question rules, mended (read alone: the
    victim the other tests add after each text would be a child near the material)."""
    read_alone = [m.conduct for m in catalog.analyze(text, D(2023, 1, 1)).mentions]
    assert (conduct in read_alone) is read


@pytest.mark.parametrize(
    ("text", "conduct", "read"),
    [
        # H3: a victim named in the next sentence
        (
            "The accused teacher had circulated the obscene video on the class group. The victim "
            "is a 14-year-old.",
            "sharing",
            True,
        ),
        # H5: participles as adjectives in a question of the law
        ("Is sharing recorded videos of minors an offence under the POCSO Act?", "sharing", False),
        # H6: a page marker before a new paragraph, and an advert's own headline
        (
            "ADVERTISEMENT About 300 videos of child sexual abuse were recovered from his phone.",
            "advertising",
            False,
        ),
        (
            "Advertisement Of Child Sexual Abuse Videos On Instagram: Mumbai Man Arrested",
            "advertising",
            True,
        ),
    ],
)
def test_the_review_2027_01_05d_conduct(
    catalog: Catalog, text: str, conduct: str, read: bool
) -> None:
    """Review 2027-01-05d: the class-group, question and marker rules, mended (read alone)."""
    read_alone = [m.conduct for m in catalog.analyze(text, D(2023, 1, 1)).mentions]
    assert (conduct in read_alone) is read


@pytest.mark.parametrize(
    ("text", "conduct", "read"),
    [
        # H4: the audience's ages, and children who saw it
        (
            "A teacher shared obscene videos in the school WhatsApp group. The students, aged 13 "
            "and 14, saw it before it was deleted.",
            "sharing",
            False,
        ),
        (
            "A teacher shared obscene videos in the school WhatsApp group. It was seen by the "
            "students, many of them minors.",
            "sharing",
            False,
        ),
        # H5: the act in the headline after a page marker
        (
            "ADVERTISEMENT Selling Child Porn On Instagram: Engineering Student Arrested In Pune",
            "selling",
            True,
        ),
        # M1: a new paragraph about minors after the marker
        ("ADVERTISEMENT For minors, the risk is high, police said.", "advertising", False),
    ],
)
def test_the_review_2027_01_05e_conduct(
    catalog: Catalog, text: str, conduct: str, read: bool
) -> None:
    """Review 2027-01-05e: the class-group neighbours and the page marker, mended (read alone)."""
    read_alone = [m.conduct for m in catalog.analyze(text, D(2023, 1, 1)).mentions]
    assert (conduct in read_alone) is read


@pytest.mark.parametrize(
    ("text", "conduct", "read"),
    [
        # H2: a child in the material named around the class group's post
        (
            "A teacher shared obscene videos in the school WhatsApp group. The victims are Class 9 "
            "students.",
            "sharing",
            True,
        ),
        (
            "A teacher shared obscene videos in the school WhatsApp group. Police said the girl "
            "seen in it is a minor.",
            "sharing",
            True,
        ),
        # near miss: a relative's age
        (
            "A tutor shared obscene videos in the school WhatsApp group. The tutor, who has a "
            "10-year-old daughter, was arrested.",
            "sharing",
            False,
        ),
        # M1: a participle in a question, not after a page marker
        (
            "Is storing downloaded child pornography on your phone punishable? Experts explain.",
            "downloading",
            False,
        ),
        # M2: an advert's headline with clips
        (
            "ADVERTISEMENT Offering Child Sex Abuse Clips On Telegram For Rs 99: Youth Held In "
            "Jaipur",
            "advertising",
            True,
        ),
    ],
)
def test_the_review_2027_01_05f_conduct(
    catalog: Catalog, text: str, conduct: str, read: bool
) -> None:
    """Review 2027-01-05f: the class-group neighbours, questions and advert headlines, mended
    (read alone)."""
    read_alone = [m.conduct for m in catalog.analyze(text, D(2023, 1, 1)).mentions]
    assert (conduct in read_alone) is read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # H3: the audience's class or age is no child in the material
        ("Several Class 7 pupils saw it.", False),
        ("A 12-year-old boy in the group alerted his parents.", False),
        # a victim's class still is
        ("The victims are Class 9 students.", True),
    ],
)
def test_the_review_2027_01_05g_class_groups(catalog: Catalog, text: str, read: bool) -> None:
    """Review 2027-01-05g H3: a child, a class or an age near a class group's post counts only
    with the material or a victim."""
    full = "A teacher shared obscene videos in the school WhatsApp group. " + text
    read_alone = [m.conduct for m in catalog.analyze(full, D(2023, 1, 1)).mentions]
    assert ("sharing" in read_alone) is read


@pytest.mark.parametrize(
    ("text", "conducts"),
    [
        # H3: pupils are a class's audience, not a child in the material
        (
            "A teacher shared an obscene video in the class WhatsApp group and later showed it to"
            " Class 6 pupils in the classroom.",
            [],
        ),
        (
            "A teacher allegedly shared an obscene video in the school WhatsApp group used for"
            " pupils' online classes.",
            [],
        ),
        ("A teacher posted obscene pictures on the school WhatsApp group meant for pupils.", []),
        (
            "A teacher shared an obscene video in the class WhatsApp group. Pupils were later seen"
            " in the school premises protesting against him.",
            [],
        ),
        # M3: "seen in" a place is no picture
        (
            "A teacher shared an obscene video in the class WhatsApp group on Monday. The boys,"
            " aged 14 and 15, were seen in the corridor laughing at it.",
            [],
        ),
        # H4: a child in the material ("in it"), or a child with an age opening the next sentence
        (
            "A teacher shared an obscene video on the class WhatsApp group. The girl in it, aged"
            " 14, is a student of the same school.",
            ["sharing"],
        ),
        (
            "A man shared an obscene video in the class WhatsApp group. The 14-year-old in it is a"
            " student of the school.",
            ["sharing"],
        ),
        # a child with an age alone is not said to be in the material (the rule that read it so
        # was withdrawn: "The girl, a 15-year-old, was also in the group"; review 2027-01-06b H8),
        # nor is a morphed video said to be of her (review 2027-01-06c H6)
        (
            "A youth shared a morphed obscene video in the class WhatsApp group. The minor, aged"
            " 15, has been counselled, police said.",
            [],
        ),
        (
            "A teacher shared an obscene clip in the class WhatsApp group. The girl, a 15-year-old,"
            " was also in the group.",
            [],
        ),
        (
            "A teacher shared an obscene video in the class WhatsApp group. Pupils seen in the"
            " video"
            " are from the same school.",
            ["sharing"],
        ),
        (
            "A youth shared an obscene MMS in the class WhatsApp group. The girl seen in the MMS is"
            " a Class 9 student.",
            ["sharing"],
        ),
        (
            "A PT teacher secretly filmed pupils in the changing room and posted the obscene clips"
            " on the school WhatsApp group.",
            ["uploading"],
        ),
        # near misses: a child with an age who is no one in the material, and the audience's act
        (
            "A teacher shared an obscene video in the class WhatsApp group. His daughter, a"
            " 9-year-old, studies in the same school.",
            [],
        ),
        (
            "A private tutor shared a porn video in the online class group on Tuesday. The tutor,"
            " who has a 10-year-old daughter, has been suspended by the coaching centre.",
            [],
        ),
        (
            "A teacher shared an obscene video in the class WhatsApp group. The girls, aged 13 and"
            " 14, saw it and complained to the principal.",
            [],
        ),
    ],
)
def test_a_class_groups_audience_and_the_child_in_its_material(
    catalog: Catalog, text: str, conducts: list[str]
) -> None:
    """Review 2027-01-06 H3, H4, M3 (regressions of the last session's last mends): pupils are
    the class (POCSO s.11(iii), IT Act s.67: shown adult material), not a child in it (IT Act
    s.67B); "The girl in it", and a child with an age opening the next sentence, keep the
    sharing of abuse material; "seen in the corridor" is no picture."""
    found = catalog.analyze(text, D(2023, 1, 1)).mentions
    assert sorted({m.conduct for m in found if m.conduct in ("sharing", "uploading")}) == conducts


@pytest.mark.parametrize(
    ("text", "conducts"),
    [
        (
            "As many as 75 FIRs have been registered against people over two months for posting"
            " defamatory content on social media, police said.",
            [],
        ),
        ("The spokesperson shared the threatening tweet on Monday.", []),
        # near misses: abuse material after the harm's word, and a trend after the act
        (
            "The accused was arrested for sharing abusive and obscene videos of minors on"
            " WhatsApp.",
            ["sharing"],
        ),
        (
            "The youth was arrested for uploading obscene videos of a minor girl, leading to a rise"
            " in complaints.",
            ["uploading"],
        ),
        (
            "The man shared communal posts and later child pornography on a Facebook page, police"
            " said.",
            ["sharing"],
        ),
    ],
)
def test_other_harms_content_is_no_abuse_material(
    catalog: Catalog, text: str, conducts: list[str]
) -> None:
    """Survey of unseen reports, 2027-01-06: content said to be defamatory, abusive or
    threatening (The News Minute, Times of India, IBTimes) is no offender's act with abuse
    material, unless abuse material is named after it (review 2027-01-06b H10). (Trends' subjects,
    "an increase in the circulation of CSAM", were refused too, and withdrawn: the cues took
    offenders' own acts, "responsible for the increase in the sale of CSAM"; H9.)"""
    found = catalog.analyze(text, D(2023, 1, 1)).mentions
    assert sorted({m.conduct for m in found}) == conducts


@pytest.mark.parametrize(
    ("text", "conducts"),
    [
        (
            "The special court acquitted him of viewing child pornography but convicted him of"
            " sharing it on WhatsApp.",
            ["sharing"],
        ),
        # near misses: an act after the acquittal's clause, and one after an earlier acquittal
        ("He was acquitted of rape but convicted of filming the minor girl.", ["producing"]),
        (
            "The accused, acquitted in 2019, downloaded child pornography again in 2021.",
            ["downloading"],
        ),
    ],
)
def test_an_acquittal_is_no_act(catalog: Catalog, text: str, conducts: list[str]) -> None:
    """The fortieth session's open item: "acquitted him of viewing …" read viewing as the
    offender's act; an acquittal says the act was not proved (`near_topic_cues`)."""
    found = catalog.analyze(text, D(2023, 1, 1)).mentions
    assert sorted({m.conduct for m in found}) == conducts


@pytest.mark.parametrize(
    ("text", "conducts"),
    [
        ("A youth shared an obscene video shot in a Goa hotel in the school WhatsApp group.", []),
        (
            "A youth filmed a couple in a park and shared the obscene video in the school WhatsApp"
            " group.",
            ["producing"],
        ),
        ("The man shared communal posts about a minor girl on Facebook, police said.", []),
    ],
)
def test_the_review_2027_01_06c_conduct(catalog: Catalog, text: str, conducts: list[str]) -> None:
    """Review 2027-01-06c H6, H7: a video "shot in a hotel" or of a couple is no child's; a
    communal post is no abuse material."""
    found = catalog.analyze(text, D(2023, 1, 1)).mentions
    assert sorted({m.conduct for m in found}) == conducts


@pytest.mark.parametrize(
    ("text", "conducts"),
    [
        (
            "The principal was found guilty of talking obscene language with a girl student of"
            " Class IX.",
            [],
        ),
        # near misses: material found is still stored; a verdict with its act keeps the act
        ("Police found obscene videos of minor girls on his phone.", ["storing"]),
        (
            "The court found him guilty of sharing obscene videos of a minor girl on WhatsApp.",
            ["sharing"],
        ),
    ],
)
def test_a_verdict_found_is_no_material_found(
    catalog: Catalog, text: str, conducts: list[str]
) -> None:
    """Dev batch of 2027-01-07: "found guilty of talking obscene language" was read as obscene
    material found, storing; a verdict or words spoken are no material (the frame's
    ``not_between``)."""
    found = catalog.analyze(text, D(2023, 1, 1)).mentions
    assert sorted({m.conduct for m in found}) == conducts


@pytest.mark.parametrize(
    ("text", "conducts"),
    [
        (
            "Director General of Police D. Gautam Sawang said that people should have awareness"
            " about cyber-stalking, bullying, cyber grooming, honeytrap, and financial frauds"
            " among minors.",
            [],
        ),
        # near misses: the accused named as the item's doer; a case told after an awareness drive
        (
            "The girl's mother had no awareness about the accused sharing obscene photos of her"
            " minor daughter on Instagram until a relative told her.",
            ["sharing"],
        ),
        (
            "After the awareness drive, the accused was arrested for sharing obscene videos of a"
            " minor girl.",
            ["sharing"],
        ),
    ],
)
def test_awareness_about_kinds_of_crime_is_a_topic_list(
    catalog: Catalog, text: str, conducts: list[str]
) -> None:
    """Survey of unseen reports, 2027-01-06 (The Hindu, Andhra Pradesh): "awareness about
    cyber-stalking, bullying, cyber grooming …" names kinds of crime, not an act; the accused
    named right before an item keeps it his (`topic_list_cues`, `topic_list_doers`)."""
    found = catalog.analyze(text, D(2023, 1, 1)).mentions
    assert sorted({m.conduct for m in found}) == conducts


@pytest.mark.parametrize(
    ("text", "conducts"),
    [
        # an agency's drive or measure against a kind of conduct (survey of unseen reports,
        # 2027-01-08: cbi.gov.in wire copy, ETV Bharat)
        (
            "Saturday's operation was one of the biggest crackdowns on online circulation of"
            " Child Sexual Abuse Material (CSAM).",
            [],
        ),
        (
            "The CBI said suspected persons were identified to locate and disrupt further"
            " distribution of child sexual abuse material.",
            [],
        ),
        (
            "The police removed the Snapchat ID from the internet, preventing further"
            " dissemination of the morphed images of the minor girls.",
            [],
        ),
        # the law's scope told as kinds of act (LiveLaw, The Hindu, a lawyer's explainer)
        (
            "Ratio Decidendi: Any act of viewing, distributing or displaying etc., of any child"
            " pornographic material by a person over the internet falls within Section 15.",
            [],
        ),
        (
            "The soul of the provision is publishing or transmitting of material depicting"
            " children in sexually explicit acts.",
            [],
        ),
        (
            "The law takes a strong stand against the storage of any form of pornographic"
            " content that depicts minors.",
            [],
        ),
        # near misses: the accused's act told beside the measure, or as the act he is held for
        (
            "Police arrested the man after he shared child pornography videos, preventing further"
            " distribution.",
            ["sharing"],
        ),
        (
            "The accused, who ran the group, was held for acts such as uploading child"
            " pornography and selling it.",
            ["administering", "selling", "uploading"],
        ),
        (
            "The CBI said the crackdown on online circulation of CSAM led to the arrest of the man"
            " who uploaded 40 videos of minors.",
            ["uploading"],
        ),
        (
            "He was charged with the act of uploading child sexual abuse material on Instagram.",
            ["uploading"],
        ),
        # … and an accused's acts and charges told with words a law's scope uses too (review
        # 2027-01-08 H3)
        (
            "The accused's actions such as filming the minor girl and sending the clips to his"
            " friends were captured on CCTV.",
            ["producing", "sharing"],
        ),
        (
            "The charges against him include the possession and circulation of child pornography.",
            ["sharing", "storing"],
        ),
        (
            "The court held that the accused's conduct would amount to transmitting sexually"
            " explicit material of a child.",
            ["sharing"],
        ),
    ],
)
def test_measures_against_conduct_and_the_law_s_scope_are_no_act(
    catalog: Catalog, text: str, conducts: list[str]
) -> None:
    """Survey of unseen reports, 2027-01-08: conduct named as what an agency acts against
    ("crackdowns on online circulation of …", "disrupt further distribution") or as the kinds of
    act the law reaches ("Any act of viewing, distributing …", "The soul of the provision is
    publishing …") was read as offences (`near_topic_cues`)."""
    found = catalog.analyze(text, D(2023, 1, 1)).mentions
    assert sorted({m.conduct for m in found}) == conducts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of kinds of act in a sentence that names no one charged: the law's or a body's
        # scope (survey of unseen English pages, 2027-01-09: India Today, learnerz.in)
        (
            "The specialised unit disseminates information regarding publication, transmission,"
            " creation, collection, seeking, browsing, downloading, advertising, promoting,"
            " exchanging, distribution of information relating to online child sexual abuse.",
            [],
        ),
        (
            "The Supreme Court held that viewing in private, downloading, storing, possessing,"
            " distributing or displaying pornographic acts involving children attract criminal"
            " liability.",
            [],
        ),
        # near misses: the same lists said of those charged, of a case, or as past verbs
        (
            "Four men, who are accused of digitally circulating, storing, viewing and sharing"
            " child sexual abuse material, were arrested.",
            [
                ("circulating", "sharing"),
                ("storing", "storing"),
                ("viewing", "viewing"),
                ("sharing", "sharing"),
            ],
        ),
        (
            "The youth was held for downloading, storing and sharing child pornography videos.",
            [("downloading", "downloading"), ("storing", "storing"), ("sharing", "sharing")],
        ),
        (
            "Bail application in a case involving downloading, storing, and sharing child"
            " pornography.",
            [("downloading", "downloading"), ("storing", "storing"), ("sharing", "sharing")],
        ),
        (
            "He downloaded, stored and shared child sexual abuse material on Telegram.",
            [("downloaded", "downloading"), ("stored", "storing"), ("shared", "sharing")],
        ),
        # one person or band in particular, what was done to them, their own (review
        # 2027-01-10 B-H1: the rule had dropped these)
        (
            "A 32-year-old man from Thane was caught viewing, downloading and sharing child"
            " sexual abuse material.",
            [("viewing", "viewing"), ("downloading", "downloading"), ("sharing", "sharing")],
        ),
        (
            "Kerala youth jailed for downloading, storing and sharing child sexual abuse material",
            [("downloading", "downloading"), ("storing", "storing"), ("sharing", "sharing")],
        ),
        (
            "The teacher admitted to filming, storing and sharing videos of his students.",
            [("filming", "producing"), ("storing", "storing"), ("sharing", "sharing")],
        ),
        (
            "Police arrested a Nagpur resident on Monday. His phone showed viewing, downloading"
            " and uploading of child pornography on multiple platforms.",
            [("viewing", "viewing"), ("downloading", "downloading"), ("uploading", "uploading")],
        ),
        (
            "40 held in Kerala for viewing, downloading and sharing child porn",
            [("viewing", "viewing"), ("downloading", "downloading"), ("sharing", "sharing")],
        ),
        # ... and still scope: a body, a class told what to watch for, a count of cases
        (
            "The Kerala police's cyberdome tracks viewing, downloading and sharing of child"
            " sexual abuse material across the state.",
            [],
        ),
        (
            "Teachers were asked to report any filming, storing and sharing of students'"
            " photos, the principal said.",
            [],
        ),
        (
            "NCRB data shows 1,171 cases of publishing, transmitting and browsing child"
            " pornography in 2022.",
            [],
        ),
        # ... one person's word in a statement in general, or with no past event (review
        # 2027-01-10b M1)
        ("A 2020 study of 40-year-old men found viewing, storing and sharing of CSAM rising.", []),
        (
            "The minister said his ministry tracks viewing, uploading and sharing of child sexual"
            " abuse material.",
            [],
        ),
        ("Her NGO runs workshops on viewing, downloading and sharing of CSAM.", []),
        ("Every teacher must report viewing, downloading or sharing of CSAM by students.", []),
        # ... and one's own, right before the list
        (
            "Police said the man's wife knew nothing about his viewing, downloading and sharing"
            " of child porn.",
            [("viewing", "viewing"), ("downloading", "downloading"), ("sharing", "sharing")],
        ),
    ],
)
def test_a_list_of_kinds_of_act_names_no_act(
    catalog: Catalog, text: str, expected: list[tuple[str, str]]
) -> None:
    """Three or more gerunds or nouns of acts in a list, in a sentence that names no one
    charged with them (``kinds_of_act_list``), are the law's or a body's scope; the same list
    said of the accused, a case or in past verbs is acts."""
    assert _conducts(catalog, text) == expected


def test_the_kinds_of_act_rule_is_the_datas(catalog: Catalog) -> None:
    """The list rule's size, endings and doers are data: with no size, a list of kinds of act
    reads as acts again; the endings are lower-case letters, the doers single words."""
    from lawref.analysis.reader import Analyzer
    from lawref.analysis.reading import analyze

    config = catalog.analysis_config
    assert config.kinds_of_act_list >= 3
    assert all(e.isalpha() and e.islower() for e in config.kinds_of_act_endings)
    assert all(w.isalpha() and w.islower() for w in config.kinds_of_act_doers)
    assert len(set(config.kinds_of_act_doers)) == len(config.kinds_of_act_doers)
    text = (
        "The Supreme Court held that viewing in private, downloading, storing, possessing,"
        " distributing or displaying pornographic acts involving children attract criminal"
        " liability." + MINOR
    )
    bare = Analyzer(
        catalog.statutes,
        catalog.conduct_book,
        # (the court's holding rule reads the same sentence; it is switched off too)
        config.model_copy(update={"kinds_of_act_list": 0, "holding_verbs": ()}),
    )
    assert analyze(bare, text, D(2023, 1, 1)).mentions
    assert not catalog.analyze(text, D(2023, 1, 1)).mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # homonyms (survey of unseen English pages, 2027-01-09)
        ("India has had its share of these foreign nationals who abused children.", []),
        ("Her phone kept buzzing with messages from the accused.", []),
        (
            "The gang had members spread across the country, who traded child sexual abuse"
            " material.",
            [("traded", "selling")],
        ),
        # a glossary's line: a provision, a colon, what it deals with
        (
            "Section 67A: Deals with the publishing or transmission of sexually explicit material.",
            [],
        ),
        (
            "Section 67B: The accused shared the videos of the minor girl on Telegram.",
            [("shared", "sharing")],
        ),
        # near misses: material spread, videos kept, a share sent
        ("The video was spread across social media by the accused.", [("spread", "sharing")]),
        ("He kept the videos of the minor on his phone.", [("kept", "storing")]),
        # a post's counts, a court's records, a child raised (survey of 2027-01-10) ...
        ("Teenagers today are deeply influenced by likes, shares, and comments.", []),
        ("The High Court found fabrication of judicial records by the lower court.", []),
        ("Children are to be not only groomed and nourished but also protected.", []),
        # ... and near misses: the acts themselves
        (
            "He shares and comments on obscene videos of minors on Instagram.",
            [("shares", "sharing")],
        ),
        (
            "He groomed and nurtured the minor online before sexually exploiting her.",
            [("groomed", "grooming")],
        ),
    ],
)
def test_the_s44_survey_s_homonyms_and_glosses(
    catalog: Catalog, text: str, expected: list[tuple[str, str]]
) -> None:
    """One's share of something, a phone that kept buzzing, people spread across the country
    and a provision's gloss after a colon tell of no act; material spread or kept, and an act
    told after a provision's name and a colon, do."""
    assert _conducts(catalog, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money extorted by another threat (survey of unseen English pages, 2027-01-10)
        (
            "Four people were arrested for extorting jewellery and cash worth Rs 41 lakh from a"
            " Class 10 student by threatening to tell his parents about his gaming.",
            [],
        ),
        ("The gang extorted money from a 15-year-old boy, threatening to kill him.", []),
        # near misses: by a threat of images, told in its sentence or the next
        (
            "The accused extorted Rs 50,000 from the minor girl by threatening to leak her nude"
            " photos.",
            [("extorted", "sextortion"), ("threatening to leak", "sextortion")],
        ),
        (
            "The policeman contacted the parents of the girl and tried to extort money. They"
            " threatened to release the video in case they failed to pay up.",
            [("extort", "sextortion"), ("threatened to release", "sextortion")],
        ),
        # ... two sentences away, or a call's stripping, across a headline's line (review
        # 2027-01-10b M2)
        (
            "The minor was asked to strip on a call. The accused then demanded money. He"
            " extorted Rs 30,000 over two weeks.",
            [("extorted", "sextortion")],
        ),
        (
            "Sextortion racket busted\nThe gang would befriend teenagers on Instagram. They later"
            " extorted money from them.",
            [("Sextortion", "sextortion"), ("befriend", "grooming"), ("extorted", "sextortion")],
        ),
        # ... not a threat to defame by a fake screenshot
        (
            "The cyber criminals extorted Rs 3 lakh from the Class 11 student by threatening to"
            " defame him on social media with a fake screenshot of a loan default.",
            [],
        ),
    ],
)
def test_money_extorted_is_sextortion_only_by_a_threat_of_images(
    catalog: Catalog, text: str, expected: list[tuple[str, str]]
) -> None:
    """Extortion from a child is sextortion only where the sentence, the one before or the one
    after names the images (``needed_settings``, ``sentences_after``); by a threat to kill or
    to tell the parents it is extortion, which lawref does not map."""
    assert _conducts(catalog, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the accused's sharing told with where he was sent (judging pass of 2027-01-10)
        (
            "The youth who shared obscene videos of minors was sent to jail.",
            [("shared", "sharing")],
        ),
        (
            "The youth who shared videos of minors was later sent to jail by the court.",
            [("shared", "sharing")],
        ),
        # near misses: what police send to a laboratory, a child sent to a home
        ("The police forwarded the obscene clips of the minor to the FSL for examination.", []),
        ("The IO sent the mobile phone of the accused for forensic examination.", []),
    ],
)
def test_only_words_of_sending_are_sent_to_an_institution(
    catalog: Catalog, text: str, expected: list[tuple[str, str]]
) -> None:
    """What police and courts send to a laboratory, a jail or a home is no abuse material shared;
    the rule reaches only words of sending (``triggers``), not an accused's sharing told in the
    sentence that sends him to jail."""
    assert _conducts(catalog, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kinds of case told to exist or to rise (dev batch 71): no one's act
        (
            "Children become victims or they are accused because they are not aware that it is"
            " an offence. There are cases of cyber stalking, morphing videos especially of female"
            " students and sharing pornographic content on various social media groups.",
            [],
        ),
        (
            "Children are at risk. There has been an increase in the number of cases of sharing"
            " child pornography on WhatsApp.",
            [],
        ),
        # near misses: a doer told in a clause, cases against one, an operation's own cases
        (
            "There were cases in which the accused shared obscene videos of minors.",
            [("shared", "sharing")],
        ),
        (
            "There are two cases of sharing child pornography against him.",
            [("sharing", "sharing")],
        ),
        (
            "The CBI searched 59 places in two cases of uploading child pornography by a gang.",
            [("uploading", "uploading")],
        ),
        # (review 2027-01-11 C1, C2: one named after "of", an arrest later in the sentence, and
        # a semicolon that ends the clause)
        (
            "There were instances of Ramesh sending obscene messages to the 14-year-old girl on"
            " Instagram.",
            [("sending obscene messages", "grooming")],
        ),
        (
            "There were incidents of the teacher filming minor girls in the washroom and sharing"
            " the videos on WhatsApp.",
            [("filming", "producing"), ("sharing", "sharing")],
        ),
        (
            "There have been complaints of morphing photos of minor girls from the same Instagram"
            " account, and the account holder, a 19-year-old student, was arrested.",
            [("morphing", "producing")],
        ),
        (
            "There were instances of students sharing obscene videos of minor girls in class"
            " groups, the counsellor said.",
            [],
        ),
        # (review 2027-01-11c N-C1 to N-C3: a platform or an acronym after "of" names no one;
        # past a semicolon an arrest of this act's doer, not one "for" other acts)
        ("There are cases of WhatsApp sharing of child pornography, the officer said.", []),
        ("There were cases of NRI men sending obscene messages to minor girls.", []),
        (
            "There were complaints of morphing photos of minor girls on Instagram; the accused"
            " Rohit was arrested.",
            [("morphing", "producing")],
        ),
        (
            "Growing cases of uploading child sexual abuse content have prompted the police to"
            " launch an operation; 25 people were arrested for downloading and sharing such"
            " content.",
            [("downloading", "downloading"), ("sharing", "sharing")],
        ),
    ],
)
def test_kinds_of_case_told_to_exist_or_rise(
    catalog: Catalog, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "There are cases of …", "an increase in cases of …": kinds of case, no act
    (``kinds_of_cases_before``); a doer named keeps the act (``kinds_of_cases_stops``)."""
    assert _conducts(catalog, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a child's acquaintance made online, told from either side, in a report of a sexual
        # offence (dev batch 71): grooming (IT Act s.67B(c))
        (
            "The interrogation of the accused revealed that the girls got acquainted with them on"
            " a social media platform and developed a close relationship through texting. They"
            " sexually assaulted the two minor girls.",
            [("got acquainted with", "grooming"), ("developed a close relationship", "grooming")],
        ),
        (
            "He had come into contact with the 15-year-old girl through Snapchat and later"
            " raped her.",
            [("had come into contact with", "grooming")],
        ),
        # near misses: nothing sexual told (a trafficking), no one online, an adult, a bail
        # order's remark
        (
            "The minor girls were playing an online game Free Fire and came in contact with a"
            " cyber criminal. That man influenced the girls to flee their homes.",
            [],
        ),
        ("The minor girl came in contact with the accused in her village. He raped her.", []),
        ("The woman got acquainted with the accused on Facebook. He raped her.", []),
        (
            "There is every possibility of him coming in contact with hardcore criminals in the"
            " POCSO case.",
            [],
        ),
        # (review 2027-01-11 D1, D2, D6: a helper, a parent or an adult on either side; the
        # present said of children in general; "got in touch with", said of anyone)
        (
            "The accused's wife came in contact with the police on WhatsApp after she found child"
            " pornography on his phone.",
            [],
        ),
        (
            "The victim's father came in contact with the accused on Facebook. The accused raped"
            " the minor girl.",
            [],
        ),
        (
            "The minor girl got acquainted with a 35-year-old woman on Instagram. The girl was"
            " sexually assaulted.",
            [],
        ),
        (
            "Parents must be alert as many children come in contact with predators on Instagram"
            " and are sexually exploited.",
            [],
        ),
        # (review 2027-01-11c N-D1 to N-D3: each side's head noun only; "got in touch with" a
        # child and the infinitive are acquaintances again)
        (
            "The accused got in touch with the 14-year-old girl on Instagram and later sexually"
            " assaulted her.",
            [("got in touch with", "grooming")],
        ),
        (
            "Police said he came in contact with the 14-year-old girl through Instagram and"
            " sexually assaulted her.",
            [("came in contact with", "grooming")],
        ),
        (
            "The accused, a police constable, came in contact with the minor girl on Instagram"
            " and raped her.",
            [("came in contact with", "grooming")],
        ),
        (
            "He used a fake Instagram ID to come in contact with minor girls and sexually"
            " exploited them.",
            [("to come in contact with", "grooming")],
        ),
        (
            "The accused, a doctor, came in contact with the 16-year-old girl through Instagram"
            " and sexually assaulted her.",
            [("came in contact with", "grooming")],
        ),
        (
            "The Class 9 student of a government school got acquainted with the accused on"
            " Instagram and he later raped her.",
            [("got acquainted with", "grooming")],
        ),
        # … but the phrase of the other side ends at a preposition ("…, police said")
        (
            "The victim, a Class 9 student, came in contact with the accused on Free Fire, police"
            " said; he later raped her.",
            [("came in contact with", "grooming")],
        ),
    ],
)
def test_an_acquaintance_made_online_in_a_report_of_a_sexual_offence(
    catalog: Catalog, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "Got acquainted with", "came into contact with" a child online are grooming only where the
    report tells of a sexual offence (``report_triggers``, ``report_words``). Read as the texts
    stand (``MINOR`` would tell a sexual offence)."""
    read = catalog.analyze(text, D(2023, 1, 1)).mentions
    assert [(m.text, m.conduct) for m in read] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words posted, no material (survey of unseen English pages, 2027-01-11)
        (
            "A 17-year-old boy took his life after a girl posted a message on her Instagram"
            " accusing him of molesting her.",
            [],
        ),
        ("Soon, trolls started posting hate messages against the minor girl.", []),
        # near misses: material in the clause, "that" before the material
        (
            "The accused posted obscene messages and nude photos of the minor girl on Instagram.",
            [("posted", "uploading")],
        ),
        (
            "The accused posted that obscene video of the minor girl on Instagram.",
            [("posted", "uploading")],
        ),
    ],
)
def test_messages_posted_are_no_material(
    catalog: Catalog, text: str, expected: list[tuple[str, str]]
) -> None:
    """A message, a comment or hate posted is no upload of material, unless material is named
    in the clause (``not_objects``)."""
    read = catalog.analyze(text, D(2023, 1, 1)).mentions
    assert [(m.text, m.conduct) for m in read] == expected


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the law or the harm said in general (survey of unseen English pages, 2027-01-12): a
        # provision's correlative objects, a cleft's focus, a gerund subject of the present
        (
            "This provision criminalizes not just the creation of child pornography but also the"
            " possession of such materials.",
            [],
        ),
        ("It's not just spreading obscene videos or pictures of children that's a crime.", []),
        ("It is spreading obscene videos of children that is a crime.", []),
        ("Sharing such clips victimises the children repeatedly.", []),
        ("Filming minors traumatises them for life.", []),
        # near misses: a past told, a probe of the act, a cleft with no law after "that"
        ("Sharing the video landed him in jail.", ["sharing"]),
        ("Sharing of the video is being probed.", ["sharing"]),
        ("It was sharing the videos that led to his arrest.", ["sharing"]),
        # (review 2027-01-12a H5: "is" with a word in "-ing", the report's own object)
        ("Selling these videos is earning the gang Rs 2 lakh a month, police said.", ["selling"]),
        ("Uploading her photos harms her reputation forever, the police said.", ["uploading"]),
    ],
)
def test_the_law_or_harm_said_in_general_is_no_act(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    """What a provision makes an offence, a cleft that says a conduct is a crime, and what a
    conduct does to children in general are no one's act."""
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a look taken, people watched, a child sent to the board (survey of unseen English
        # pages, 2027-01-12)
        ("Let\u2019s take a look at what happened.", []),
        ("That the Big Brother is watching us may not deter anyone.", []),
        ("The police arrested the boys and sent them to the Juvenile Justice Board (JJB).", []),
        # near misses: material watched, material sent to a child
        ("He downloaded the videos and watched them.", ["downloading", "viewing"]),
        ("He sent the obscene video to a boy at an observation home.", ["grooming"]),
    ],
)
def test_a_look_people_watched_and_a_board_are_no_conduct(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # content the harm word qualifies; pictures made over by AI (survey of unseen English
        # pages, 2027-01-12)
        ("He was uploading abusive content.", []),
        ("He posted derogatory content about the teacher.", []),
        (
            "The photos of the schoolgirls were subsequently altered using AI technology.",
            ["producing"],
        ),
        (
            "The pictures were allegedly manipulated through the use of Artificial Intelligence"
            " (AI).",
            ["producing"],
        ),
        # near misses: a child named, the content called sexual
        ("He was uploading abusive content of minors.", ["uploading"]),
        ("He was uploading abusive and obscene content.", ["uploading"]),
    ],
)
def test_abusive_content_and_ai_alterations(catalog: Catalog, text: str, read: list[str]) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # adult obscene material sent to a child: grooming alone (2027-01-12)
        ("The teacher sent obscene videos to the minor girl.", ["grooming"]),
        # material of a child: sharing stays
        ("The teacher sent obscene videos of minors to the girl.", ["sharing"]),
        ("He sent child porn videos to a 13-year-old girl.", ["sharing", "grooming"]),
    ],
)
def test_obscene_material_sent_to_a_child_is_sharing_only_if_a_childs(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # review 2027-01-12a: a count of children recorded, material looked at, a home as the
        # place of the ones shared with
        (
            "The accused recorded 3 minor girls bathing in separate incidents, police said.",
            ["producing"],
        ),
        (
            "He would often take a look at child sexual abuse material in a cyber cafe, the police"
            " said.",
            ["viewing"],
        ),
        (
            "He shared the video with boys at the observation home where he had been lodged"
            " earlier.",
            ["sharing"],
        ),
        # near miss: cases counted
        ("The commissionerate has recorded 520 POCSO (child sexual abuse) cases so far.", []),
    ],
)
def test_the_review_of_the_new_conduct_rules(catalog: Catalog, text: str, read: list[str]) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # review 2027-01-12c: the child's own filmed material sent to her keeps the sharing; a
        # pointer after the gerund's preposition is no object's
        (
            "He filmed the 14-year-old girl in the shower and later sent the obscene videos to her,"
            " asking her to meet him.",
            ["producing", "sharing", "grooming"],
        ),
        ("Sharing child abuse material on the internet harms children for life.", []),
        ("Let's take a quick look at the case.", []),
    ],
)
def test_the_second_review_of_the_new_conduct_rules(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # review 2027-01-12e: material looked at quickly; a statement of the minor recorded; her
        # own photos taken; a gerund with "her" after its preposition; a relative gloss's words
        (
            "He took a quick look at child sexual abuse material on his phone before deleting it.",
            ["viewing", "evidence_destruction"],
        ),
        (
            "Police recorded the statement of the minor girl, who said the accused had sent obscene"
            " videos to her.",
            ["grooming"],
        ),
        # (the child the object of "of" before "and" is no sender: the photos are shown to her,
        # as filmed ones above; 2027-01-13)
        (
            "The accused took obscene photos of the 14-year-old girl and later sent the obscene"
            " photos to her.",
            ["producing", "sharing", "grooming"],
        ),
        (
            "Sending nude photos to her on Instagram amounts to sexual harassment, the court held"
            " while convicting him.",
            ["sharing"],
        ),
        (
            "He was booked along with Sections 67 and 67(A) which deals with publishing or"
            " transmitting obscene material in electronic form of the Information Technology (IT)"
            " Act, 2000.",
            [],
        ),
    ],
)
def test_the_third_review_of_the_new_conduct_rules(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a "-generated" compound describes a kind of material (dev batch 32, 2027-01-13)
        ("Europol made 25 arrests in a crackdown on AI-generated child sexual abuse material.", []),
        ("AI-generated images have become so lifelike that police cannot tell them apart.", []),
        ("Experts must find whether the videos of minors are real or AI-generated.", []),
        # … but not one made of a particular person, nor one with its agent
        (
            "Her mother complained that AI-generated nude images of her teenage daughter were"
            " circulating.",
            ["producing", "sharing"],
        ),
        ("The nude images of the minor were AI-generated by the accused.", ["producing"]),
        # a kind of act said to grow is a trend (dev batch 32)
        (
            "Emerging forms like self-generated content, live-streaming of CSAM, online grooming,"
            " and webcam abuse are on the rise.",
            [],
        ),
        ("Sextortion of minors is on the rise in Kerala.", []),
        # … not an act told before a clause, nor a progressive
        (
            "He was arrested for grooming a minor as such cases are on the rise.",
            ["grooming"],
        ),
        ("The accused was grooming girls, and crimes are rising.", ["grooming"]),
    ],
)
def test_a_kind_of_material_and_a_trend_are_no_acts(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a court's holding of law in a "that" clause; a legal doctrine (reports of judgment
        # just-rights-v-harish-2024, survey of unseen English pages, 2027-01-13)
        (
            "The court held that viewing such material online without any actual or physical"
            " possession or storage of such material would also amount to possession in terms of"
            " Section 15.",
            [],
        ),
        (
            "The Supreme Court ruled that mere viewing of child pornography would attract the"
            " POCSO Act.",
            [],
        ),
        ("The Supreme Court applied the doctrine of constructive possession.", []),
        # … not the case's facts in the holding, nor an act characterised
        ("The court held that the accused had stored the videos of the minor.", ["storing"]),
        ("The court held that he would be tried for sharing the videos.", ["sharing"]),
        ("His act amounts to sharing child pornography, the court said.", ["sharing"]),
        # a kind of act said to amount in law to an offence, with a modal (an explainer,
        # nyaaya.org; left open 2027-01-13)
        (
            "If a person is involved in editing, selling, or distributing child porn, it would"
            " amount to child pornography.",
            [],
        ),
        ("Downloading such videos would also amount to a crime.", []),
        # … not an act told, then characterised after "which"
        ("He uploaded the video, which would amount to a crime.", ["uploading"]),
    ],
)
def test_a_courts_holding_of_law_is_no_act(catalog: Catalog, text: str, read: list[str]) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # review 2027-01-13c: a child's sister or a friend request after "to her"; a service
        # centre; the offender's own description before "her" phone; a trend past "the dark
        # web"; the holding's clause closed by ", and"; a "by" of no making
        (
            "The tuition teacher knew the 13-year-old girl from her school days and later sent"
            " obscene messages to her younger sister, police said.",
            ["grooming"],
        ),
        (
            "He befriended a minor girl and sent obscene messages to her via friend request.",
            ["grooming", "grooming"],
        ),
        (
            "A 35-year-old mechanic was arrested after he filmed the minor girl at a service centre"
            " and threatened her, police said.",
            ["producing"],
        ),
        (
            "The tuition teacher befriended a 14-year-old girl and sent obscene videos on her"
            " phone.",
            ["grooming", "grooming"],
        ),
        ("Sharing of child sexual abuse material on the dark web is increasing.", []),
        (
            "The court held that downloading child pornography would amount to an offence, and"
            " the 28-year-old man downloaded 400 videos.",
            ["downloading"],
        ),
        (
            "AI-generated images of a sexual nature shared by users are spreading fast.",
            ["sharing", "sharing"],
        ),
    ],
)
def test_the_second_review_of_the_s48_english_rules(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # review 2027-01-13a: "to her" with words after it that name no adult; a trend after a
        # clause of its own; a particular one's act said to grow; a court's holding of the
        # case's own act; a headline before the page's stamp; a duration, not an age
        (
            "The tuition teacher knew the 13-year-old girl from her school days and later sent"
            " obscene messages to her regularly, police said.",
            ["grooming"],
        ),
        (
            "He befriended a minor girl on Instagram last year and later sent obscene messages to"
            " her late at night.",
            ["grooming", "grooming"],
        ),
        (
            "He befriended a minor girl and sent obscene messages to her mother.",
            ["grooming"],
        ),
        (
            "Police arrested a 24-year-old man for grooming a 13-year-old girl on Instagram;"
            " officials said online grooming is on the rise.",
            ["grooming"],
        ),
        (
            "The circulation of the obscene video of the 14-year-old girl is increasing on social"
            " media, police said.",
            ["sharing"],
        ),
        ("His stalking of the minor girl on Instagram is increasing day by day.", ["grooming"]),
        (
            "The court held that the teacher's act of sending obscene videos to the students would"
            " constitute an offence under Section 67B of the IT Act.",
            ["sharing"],
        ),
        (
            "The court held that storing 300 child pornography videos on one's phone, as in this"
            " case, would amount to possession.",
            ["storing", "storing"],
        ),
        (
            "The teacher, who had taught at the school for 15 years, sent obscene clips to a"
            " 14-year-old girl.",
            ["grooming"],
        ),
        (
            "AI-generated child sexual abuse material, made by the accused using a free app, was"
            " found on his phone.",
            ["producing", "storing"],
        ),
        (
            "The accused used an app to obtain AI-generated obscene images of a Class 10 student.",
            ["producing"],
        ),
        (
            "The accused's AI-generated nude images of the girl were circulated.",
            ["producing", "sharing"],
        ),
        (
            "The accused befriended the mother of a 14-year-old girl and sent obscene videos on her"
            " phone.",
            ["grooming", "sharing"],
        ),
        (
            "According to the FIR, the harassed 15-year-old girl and her friend sent nude photos to"
            " a 17-year-old boy.",
            ["sharing"],
        ),
    ],
)
def test_the_review_of_the_s48_english_rules(catalog: Catalog, text: str, read: list[str]) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


def test_a_headline_before_the_pages_stamp_is_no_byline(catalog: Catalog) -> None:
    """Review 2027-01-13a H5: a byline before "Updated:" is one only with a short name run
    straight into the stamp and nothing capitalised before it on its line."""
    text = (
        "The POCSO court heard the case of a minor.\n"
        "Minor Girl's Morphed Photos Posted By Ex-Classmate On Instagram, Updated: 07 Jan, 2026\n"
        "The video was Posted By Rahul Kumar, Updated: 07 Jan 2026\n"
        " date 2026-01-07 Edited By Mansa Devi,Updated: 07 Jan, 2026 03:59 PM"
    )
    read = [(m.text, m.conduct) for m in catalog.analyze(text, dt.date(2026, 1, 8)).mentions]
    assert ("Posted", "uploading") in read
    # … another field closed by a separator before it is no headline (review 2027-01-13c H4)
    piped = (
        "The POCSO court heard the case of a minor.\n"
        "Rohit Sharma | Edited By Mansa Devi | Updated: 07 Jan"
    )
    assert not [
        m for m in catalog.analyze(piped, dt.date(2026, 1, 8)).mentions if m.text == "Edited"
    ]
    assert read.count(("Posted", "uploading")) == 2
    assert not any(t == "Edited" for t, _ in read)


def test_a_negator_denies_every_act_noun_of_its_phrase(catalog: Catalog) -> None:
    """ "without any actual or physical possession or storage of such material" (the Harish
    ratio as reports quote it; survey of unseen English pages, 2027-01-13): both nouns are
    denied, past the negation window; a verb after another noun is not."""
    text = (
        "A person may watch such material over the internet without any actual or physical"
        " possession or storage of such material, the bench noted."
    )
    read = [m.conduct for m in catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1)).mentions]
    assert "storing" not in read
    kept = "He was arrested without any warrant and possession of the videos was proved."
    read = [m.conduct for m in catalog.analyze(_MORPHED + kept, dt.date(2025, 1, 1)).mentions]
    assert "storing" in read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # review 2027-01-13g: a particular child's act said to grow; general trends with small
        # numbers, "a child" and "with the help of"; a holding's contrast; "the complainant";
        # "one of" the children as the sender
        (
            "Sending of obscene messages to the minor girl on Instagram is increasing, her father"
            " told police.",
            ["grooming"],
        ),
        ("Sharing of CSAM on 3 platforms is on the rise.", []),
        ("Online grooming of a child by strangers is on the rise.", []),
        ("Sharing of CSAM with the help of AI is on the rise.", []),
        (
            "Uploading of the obscene video on YouTube is rising, the minor girl alleged.",
            ["uploading"],
        ),
        (
            "The court held that grooming a child online would amount to sexual harassment, but"
            " the accused had only chatted with the complainant.",
            [],
        ),
        (
            "The court observed that sharing child pornography, while deplorable, would not"
            " attract Section 67B if done unknowingly.",
            [],
        ),
        (
            "One of the two minor boys sent obscene videos to a 13-year-old girl.",
            ["sharing"],
        ),
    ],
)
def test_the_fourth_review_of_the_s48_english_rules(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # survey of unseen English pages, 2027-01-14: a child kept captive is no material
        # stored; a child sent to clients is no material shared
        ("The gang kept the minor girl captive, often sending her to clients across Chennai.", []),
        # near misses: a child's material kept or sent to clients
        ("The accused kept the minor girl's obscene photos in his phone.", ["storing"]),
        ("The gang was sending obscene videos of the minor girl to clients.", ["sharing"]),
        ("He sent her photos to clients.", ["sharing"]),
        ("He sent her to clients and shared her obscene videos.", ["sharing"]),
    ],
)
def test_a_child_kept_or_sent_is_no_material(catalog: Catalog, text: str, read: list[str]) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # survey of unseen English pages, 2027-01-14: a ruling's headline; what tiplines
        # carry; an official's request; a simile
        ("Storage or watching child pornography is offence under POCSO Act: SC", []),
        (
            "Tip Lines typically include the uploading and widespread distribution of Child"
            " Sexual Abuse Material (CSAM).",
            [],
        ),
        (
            "An action taken report in the matter may kindly be shared with the commission"
            " within seven days.",
            [],
        ),
        ("The commercialisation of such videos is like selling porn.", []),
        # near misses: an act told after a simile's comma; a person "like a father"
        ("What he did is like selling porn, he shared the videos.", ["sharing"]),
        (
            "The accused, who is like a father to her, shared her obscene videos.",
            ["sharing"],
        ),
    ],
)
def test_headlines_lists_requests_and_similes_are_no_act(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # an explainer's definitions (survey of unseen English pages, 2027-01-14)
        ("\nCyber grooming: Adults establishing online relationships with minors.", []),
        (
            "\nDistribution of child sexual abuse material (CSAM): Sharing or circulating"
            " videos/images online.",
            [],
        ),
        (
            "\n- Live streaming of abuse: Using digital platforms to broadcast abuse of children.",
            [],
        ),
        # near misses: a case told after a label; a label that names no kind of act
        ("\nGrooming: Teachers sending obscene messages to students were arrested.", None),
        ("\nAccused: He shared obscene videos of the minor girl.", ["sharing"]),
        ("\nCharges: sharing obscene videos of a minor girl on WhatsApp", ["sharing"]),
    ],
)
def test_an_explainers_definitions_are_no_act(
    catalog: Catalog, text: str, read: list[str] | None
) -> None:
    analysis = catalog.analyze(_MORPHED.strip() + text, dt.date(2025, 1, 1))
    start = len(_MORPHED.strip())
    found = [m.conduct for m in analysis.mentions if m.start >= start]
    if read is None:
        assert found  # the case's acts are read
    else:
        assert found == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # survey of unseen English pages, 2027-01-14: a threat made with sexual pictures;
        # obscene videos sent to schoolgirls
        (
            "The gang lured the minor girls with part-time jobs before threatening them with"
            " explicit videos.",
            ["grooming", "sextortion"],
        ),
        ("The accused threatened the minor girl with her nude photos.", ["sextortion"]),
        ("The teacher was accused of sending obscene videos to schoolgirls.", ["grooming"]),
        # near misses: a threat with no pictures; a private complaint; sexual assault
        ("The accused threatened the minor girl with dire consequences.", []),
        ("The accused threatened the minor girl with a private complaint.", []),
        ("The accused threatened the minor girl with sexual assault.", []),
        (
            "The teacher was accused of sending obscene videos of schoolgirls to his friends.",
            ["sharing"],
        ),
    ],
)
def test_threats_with_pictures_and_material_sent_to_schoolgirls(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert sorted(m.conduct for m in analysis.mentions if m.start >= start) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a passive whose "by" names a victim is her own act (survey of unseen English pages,
        # 2027-01-14)
        (
            "The group members were sharing photos posted by the victim on her Instagram account.",
            ["sharing"],
        ),
        # near misses: the victim's classmate; the accused after "by"
        ("The obscene video was shared by the victim's classmate.", ["sharing"]),
        ("The obscene video was uploaded by the accused on YouTube.", ["uploading"]),
    ],
)
def test_a_post_by_a_victim_is_hers(catalog: Catalog, text: str, read: list[str]) -> None:
    analysis = catalog.analyze(_MORPHED + text, dt.date(2025, 1, 1))
    start = len(_MORPHED)
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # review 2027-01-14a: material sent to clients as "them"; a court's words of the
        # accused's own act; a label that asks what he did and a headline after a label; a
        # threat with words; a particular act a topic names
        (
            "The accused kept the girl's nude photographs and sent them to customers.",
            ["storing", "sharing"],
        ),
        (
            "Circulation of the girl's nude video by the accused on WhatsApp would amount to an"
            " offence under Section 67B, the judge said.",
            ["sharing"],
        ),
        ("Sharing of the minor's video by the accused is a crime, the judge said.", ["sharing"]),
        ("Sharing of such material by any person is an offence.", []),
        ("\nWhat he did: Sharing the minor's nude video in 14 WhatsApp groups", ["sharing"]),
        ("\nCSAM sharing: Youths sharing minor's videos in police net", ["sharing", "sharing"]),
        ("He threatened the girl with obscene words and abused her.", []),
        ("He threatened the minor girl with obscene messages.", []),
        (
            "The complaints typically include the uploading of the girl's nude video by her"
            " former classmate.",
            ["uploading"],
        ),
    ],
)
def test_the_first_review_of_the_s49_english_rules(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    analysis = catalog.analyze(_MORPHED.strip() + " " + text, dt.date(2025, 1, 1))
    start = len(_MORPHED.strip()) + 1
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


def test_evidence_destroyed_after_an_act_on_a_child(catalog: Catalog) -> None:
    """Review 2027-01-14a H2: a deletion in a text that names no sexual word counts (the gate
    that held it back until the text named something sexual was withdrawn, review
    2027-01-14b H4)."""
    analysis = catalog.analyze(
        "The accused had been secretly filming the minor girls in the hostel bathroom. He"
        " deleted the videos when the warden confronted him.",
        dt.date(2025, 1, 1),
    )
    assert [m.conduct for m in analysis.mentions] == ["producing", "evidence_destruction"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # review 2027-01-14c: "such as these" after an act (a crash); people in general and an
        # official after "by" or "as"; a child's or victim's possessive in law or a warning; a
        # child sent to clients after material; a plural victim's possessive after "by"; a
        # headline after a label; definitions said of anyone
        ("Police urged people to avoid sharing videos such as these.", []),
        ("Downloading material such as this is punishable under Section 67B.", []),
        # (a bare pronoun after "by" is no particular doer: a provision's words say it of anyone;
        # review 2027-01-14e H3)
        ("Uploading of the video by her is an offence under Section 67B, the court held.", []),
        (
            "Storing child pornography, as the officer explained, is an offence under Section"
            " 15 of POCSO.",
            [],
        ),
        ("Sharing of such material by minors is also an offence.", []),
        ("Publishing the victim's photographs is an offence under Section 23.", []),
        ("Police warned people against forwarding the girl's video on social media.", []),
        (
            "After recording nude videos of the minor, the pimp sent her to clients in Goa.",
            ["producing"],
        ),
        ("The clips sent by the survivors' tormentor were recovered from his phone.", None),
        ("\nSextortion: Blackmailing minor girl with nude photos lands youth in jail", None),
        ("\nGrooming: Befriending a child online to gain their trust for sexual abuse.", []),
        ("\nWhat is sextortion: Blackmailing someone with explicit images to extort money", []),
        # a question's mark ends "What is …?" as a colon does (left open 2027-01-14); near
        # misses: a case's facts after it, another question
        ("\nWhat is sextortion? Blackmailing someone with intimate images to extort money.", []),
        (
            "\nWhat is sextortion? Blackmailing the minor girl with her nude photos, as the"
            " accused did.",
            ["sextortion"],
        ),
        (
            "\nWho is the accused? Blackmailing minors with their nude photos was his trade.",
            None,
        ),
        # an official named after a noun of acting's "of" phrase is its doer (left open
        # 2027-01-14); near misses: the accused, a police constable
        (
            "Forwarding of the clips by the police to the accused's lawyer was questioned.",
            [],
        ),
        # (not "by police officials", "by police personnel", who may be offenders: review
        # 2027-01-15c H8)
        (
            "The circulation of the obscene video of the girl by police officials was condemned.",
            None,
        ),
        ("The circulation of the obscene video of the girl by the accused was proved.", None),
        ("The uploading of the minor's videos by a police constable shocked the town.", None),
        # review 2027-01-15a: an official who may be the offender, a possessive after the
        # police, a participle's "by", a camera, "and" after officials; a headline after "What
        # is …?"
        (
            "The circulation of obscene videos of a Class 8 student by the official on WhatsApp"
            " groups came to light.",
            None,
        ),
        (
            "The circulation of the obscene video of the minor girl by the police's informant"
            " led to his arrest.",
            None,
        ),
        (
            "The accused admitted to the sharing of the photos recovered by police from his phone.",
            None,
        ),
        ("Advertisement of child pornography on Telegram was found by the police.", None),
        ("The recording of the minor inmates by a camera in the bathroom came to light.", None),
        ("The sharing of the video by officials and the accused's brother was proved.", None),
        # (a leak to the media stays an act: only a hand-over inside the case is the police's;
        # review 2027-01-15e H4)
        ("The sharing of the video by the police with the media was objected to.", None),
        ("Sharing of the video by the police with the forensic laboratory was delayed.", []),
        (
            "\nWhat is sextortion? Blackmailing schoolgirl with nude photos, Rajkot youth in"
            " custody",
            None,
        ),
        ("\nWhat is grooming? Befriending a child online to gain trust for sexual abuse.", []),
    ],
)
def test_the_second_review_of_the_s49_english_rules(
    catalog: Catalog, text: str, read: list[str] | None
) -> None:
    _assert_read_after_morphed(catalog, text, read)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # review 2027-01-14e: "as … has argued" is no doer's act; a doer after a number or a
        # possessive; "as … allegedly did"; material sent as copies; a threat over content; a
        # plural victim's possessive with no apostrophe
        (
            "Watching child pornography, as the petitioner has argued, is not an offence, the"
            " High Court was told.",
            [],
        ),
        ("Transmission of such material by him is punishable under sub-section (2).", []),
        (
            "Sharing of the girl's video by the victim's uncle would amount to an offence under"
            " Section 67B, the court said.",
            ["sharing"],
        ),
        (
            "Uploading the minor's video, as the accused allegedly did, would amount to"
            " publication under Section 67B.",
            ["uploading"],
        ),
        (
            "He recorded the minor girl's videos and sent copies to clients.",
            ["producing", "sharing"],
        ),
        (
            "The school threatened the minor student with suspension over the content of his"
            " essay.",
            [],
        ),
        (
            "The videos uploaded by the victims family friend went viral, police said.",
            ["uploading"],
        ),
    ],
)
def test_the_third_review_of_the_s49_english_rules(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    analysis = catalog.analyze(_MORPHED.strip() + " " + text, dt.date(2025, 1, 1))
    start = len(_MORPHED.strip()) + 1
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # review 2027-01-14g: a doer "of a" one in a statement of law; "as … have done"; a threat
        # with plain pictures; the footage sent to customers; girls sent to clients
        (
            "Possession of such videos by the tutor of a student is an offence under Section 15.",
            [],
        ),
        (
            "Circulation of the minor's nude video, as the accused have done, would amount to an"
            " offence under Section 67B, the court said.",
            ["sharing"],
        ),
        ("The coach threatened the minor players with videos of their poor performance.", []),
        (
            "He recorded the minor girl's nude videos and sent the footage to customers.",
            ["producing", "sharing"],
        ),
        ("He lured the two minor girls and sent those girls to clients.", ["grooming"]),
    ],
)
def test_the_fourth_review_of_the_s49_english_rules(
    catalog: Catalog, text: str, read: list[str]
) -> None:
    analysis = catalog.analyze(_MORPHED.strip() + " " + text, dt.date(2025, 1, 1))
    start = len(_MORPHED.strip()) + 1
    assert [m.conduct for m in analysis.mentions if m.start >= start] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # survey of unseen English pages, 2027-01-15: a trend after "has seen"; a word of
        # growth before a noun of acting; gerunds named as kinds of act; an inverted denial;
        # a pupil promoted, fees paid, a racket's links
        (
            "Driven by demand, the creation and circulation of child pornography has seen an"
            " alarming rise in India.",
            [],
        ),
        # (words of growth and inverted denials were tried and withdrawn: a verb's "increased
        # circulation of …", a reduced relative's "Nor were the clips shared by the accused
        # removed …"; reviews 2027-01-15e H2, 15g H1, H3)
        (
            "Nor were the clips shared by the accused removed from the porn sites, the girl's"
            " father said.",
            ["sharing"],
        ),
        (
            "Police said the accused ran the growing distribution of child pornography videos"
            " through 40 Telegram channels.",
            ["sharing"],
        ),
        ("People have simply forwarded such videos without thinking.", []),
        (
            "Forwarding of the clips by the police to a lawyer friend who posted it online led"
            " to their suspension.",
            None,
        ),
        (
            "The accused opened fake accounts and increased circulation of obscene videos of"
            " schoolgirls on Instagram.",
            None,
        ),
        (
            "The 24-year-old is accused of sharing child pornography on Telegram and cyber crime"
            " cases have seen a rise in the city.",
            ["sharing"],
        ),
        ("Nor was it the first time he uploaded such videos, police said.", ["uploading"]),
        ("Uploading of the video by cops to a porn site was detected by the cyber cell.", None),
        ("Even a person who has merely downloaded child pornography can be prosecuted.", []),
        # (gerunds after "actions like" stay read: the accused's acts are told so too, "who
        # committed acts like blackmailing and sharing …"; review 2027-01-15c H6)
        (
            "Police said Ramesh, who ran a coaching class, took part in activities like filming"
            " and sharing videos of girls in changing rooms.",
            None,
        ),
        (
            "We tell you how the Indian law punishes the acts of storing, indulging in or sharing"
            " child pornographic material.",
            [],
        ),
        ("They wanted the victim promoted to the next class.", []),
        ("Police are probing the racket's links to other cases.", []),
        # near misses: a particular one's growth, sharing or acts; a denial only of another act
        ("His increased sharing of the videos alarmed the police.", None),
        (
            "The accused indulged in activities such as recording and circulating obscene"
            " videos of minors.",
            None,
        ),
        ("He committed acts like filming and sharing the minor's videos.", None),
        ("He did not delete the chats and shared the video with friends.", ["sharing"]),
        # (review 2027-01-15c H1, H2, H3, H4, H5: "nor" or "neither" before another verb; a word
        # of growth as a verb, before a particular child's material; "has seen a rise" after
        # "even though"; "the wife and children" who are victims)
        (
            "The girl never told her parents nor did she know that the accused had uploaded her"
            " video.",
            ["uploading"],
        ),
        ("Nor did the accused stop sharing the video after the girl begged him.", ["sharing"]),
        (
            "Police said the accused had increased sharing of the girl's videos after she"
            " refused to pay him.",
            ["sharing"],
        ),
        (
            "Growing circulation of the minor's video in the village forced her family to move.",
            None,
        ),
        (
            "Ramesh was arrested for circulation of obscene videos of schoolgirls in Pune even"
            " though cyber crime has been on the rise.",
            ["sharing"],
        ),
        (
            "The accused, a neighbour, secretly filmed the complainant's wife and two children"
            " while they bathed and shared the videos on Telegram.",
            None,
        ),
        ("He sold the videos of the minor for payment of Rs 500 each.", None),
        # a past act played down is told ("had merely downloaded it"), "mere downloading" is law
        (
            "The court said the accused had merely downloaded it onto his electronic gadget.",
            ["downloading"],
        ),
        ("Mere downloading of child pornography is not an offence, the court held.", []),
    ],
)
def test_the_s50_english_survey_rules(catalog: Catalog, text: str, read: list[str] | None) -> None:
    _assert_read_after_morphed(catalog, text, read)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a definition's "her" points back at an indefinite child ("a child … her trust"); a
        # named doer, or a finite verb, still tells a case
        (
            "\nWhat is grooming? Befriending a child online to gain her trust in order to abuse"
            " her sexually.",
            [],
        ),
        (
            "\nGrooming: Befriending a girl on Instagram, Ramesh sent her obscene messages.",
            None,
        ),
        ("\nWhat is grooming? Befriending the child online to gain her trust.", None),
        # (a pronoun that does not agree with the child, or owns the doer's people; a case's
        # charge as a label; review 2027-01-16g H3)
        ("\nSharing CSAM: Forwarding a nude video of a girl to his friends on WhatsApp.", None),
        (
            "\nGrooming charge: Befriending a girl on Instagram, gaining her trust and sending"
            " her obscene videos.",
            None,
        ),
        # a teacher posted (stationed) at a school named at length; a post of material stays
        (
            "The accused teacher, 46, was posted at the Raisarana government senior secondary"
            " school.",
            [],
        ),
        ("He posted at least five videos of the school girls.", ["uploading"]),
        # (material named before the preposition; review 2027-01-16a H6)
        ("The accused posted the obscene videos in the hostel of the university.", ["uploading"]),
        # (a forum named after an institution; review 2027-01-16e H5)
        (
            "He posted in the alumni forum of the college the morphed nude pictures of the girl.",
            ["uploading"],
        ),
        # a complaint forwarded; children sent to an institution
        (
            "They gave a written complaint that was forwarded to the senior officials of the"
            " department.",
            [],
        ),
        ("On her complaint the accused forwarded the video to his friends.", ["sharing"]),
        # (material near a complaint, a letter that carries material; review 2027-01-16e H1)
        (
            "As per the complaint, videos were sent to the girl's phone from an unknown number.",
            ["sharing"],
        ),
        (
            "The accused's letter was forwarded to the girl's classmates with her nude photos.",
            ["sharing"],
        ),
        # (material sent to an institution is shared: "institution" as a place sent to was
        # tried and withdrawn; reviews 2027-01-16a H5, c H1)
        ("The accused sent the obscene clips to the orphanage's caretaker.", ["sharing"]),
        ("The accused sent the obscene videos to the institution's chairman.", ["sharing"]),
        # "should", "would", "could" and "might have" tell, in Indian reports, what probably was
        # done: the counterfactual reading was tried and withdrawn (reviews 2027-01-16a H3, H4,
        # c H2)
        (
            "According to the prosecution, the accused should have circulated the video among"
            " his friends, since only he had it.",
            ["sharing"],
        ),
        (
            "The accused would have downloaded over 200 child pornography videos, police estimate.",
            ["downloading"],
        ),
        ("The video could have been uploaded only by the accused, the court held.", ["uploading"]),
        # an issue put with "whether" and a word of the law
        ("\nWhether online grooming and coercion under POCSO are punishable", []),
        ("Issue: Whether online grooming and coercion under POCSO are punishable.", []),
        (
            "Whether the boy is criminally liable for sharing the nude photos of his classmate.",
            ["sharing"],
        ),
        # (the act far from "whether"; review 2027-01-16e H4)
        (
            "Issue: Whether juvenile in conflict with law is criminally liable for sharing nude"
            " photos of a classmate on Snapchat.",
            ["sharing"],
        ),
        # (an issue of the case's own act; review 2027-01-16a H7)
        (
            "Whether the prosecution has proved that the respondent, by uploading the obscene"
            " video of the minor, committed an offence punishable under Section 15 of the POCSO"
            " Act.",
            ["uploading"],
        ),
        # material generated is made, whatever reports are named near it (a rule for reports
        # "generated" by a body was tried and withdrawn; reviews 2027-01-16a H8, c H3)
        ("Police said the accused generated nude images of the minor using AI.", ["producing"]),
        # (a report named past a comma; review 2027-01-16a H8)
        ("As per reports, nude images of the girl were generated with AI.", ["producing"]),
        (
            "Media reports say deepfake videos of the minor were generated and circulated by her"
            " ex-boyfriend.",
            ["producing", "sharing"],
        ),
        # places from where material is reached, in general; a doer's place is his act
        (
            "The cell is identifying the districts from where child pornography-related"
            " content is being transmitted.",
            [],
        ),
        ("Police traced the locations from where pornographic materials are accessed.", []),
        ("Police found the room from where he uploaded the videos.", ["uploading"]),
        # (an active verb, a "by" agent further on, a particular one's material; review
        # 2027-01-16a H1, H2, M1)
        ("Police traced the cafe from where the accused is uploading videos of minors.", None),
        (
            "The cyber cafe from where the obscene videos of the girl are being uploaded on a"
            " Telegram channel run by the accused was sealed.",
            ["uploading"],
        ),
        (
            "Police reached the room from where the girl's obscene videos are being shared.",
            ["sharing"],
        ),
        (
            "Police raided the houses from where the obscene videos are being uploaded; Ramesh"
            " and Suresh were arrested.",
            ["uploading"],
        ),
        # (places named, or the case's material; review 2027-01-16g H2)
        (
            "Officials said the Mewat villages from where obscene videos are being uploaded have"
            " been put under watch.",
            ["uploading"],
        ),
        (
            "Police said the villages from where the clips are being uploaded have been"
            " identified.",
            ["uploading"],
        ),
        # (one place, not places in general; review 2027-01-16e H2)
        (
            "Police have sealed the cyber cafe in Muzaffarpur from where the videos are being"
            " uploaded.",
            ["uploading"],
        ),
        # words posted that tell something; a court's view taken with no article; information
        # concealed by one charged under POCSO s.21
        # a court's holding of the law: "the act of" a conduct, a word of emphasis, what the law
        # says it does; a past or a doer is the case's
        (
            "It emphasized that the act of sharing or forwarding such material promotes sexual"
            " exploitation and warrants stringent punishment.",
            [],
        ),
        ("The court held that transmission of child pornography is a grave offence.", []),
        ("The court held that sharing of the video was an offence.", ["sharing"]),
        (
            "The court stressed that the act of sharing the girl's video by the accused warrants"
            " stringent punishment.",
            ["sharing"],
        ),
        # (a gerund with its own object, a count; review 2027-01-16g H1)
        (
            "The court stressed that uploading obscene clips on a Telegram channel with 5,000"
            " members warrants a deeper probe.",
            ["uploading"],
        ),
        # (a definite object before a word of what the law says; review 2027-01-16e H3)
        (
            "The Special Judge held that circulating the obscene video among the villagers"
            " warrants stringent punishment.",
            ["sharing"],
        ),
        # ("posted that she …" keeps the upload: it may carry the material, "He posted that she
        # was his girlfriend, along with her nude photos"; review 2027-01-16c H4)
        ("He posted that she was his girlfriend, along with her nude photos.", ["uploading"]),
        ("He posted that video on Instagram.", ["uploading"]),
        ("The court took view that absence of any material was fatal to the case.", []),
        # ("concealing the information" is any hiding, not only a failure to report: tried and
        # withdrawn; review 2027-01-16c H5)
        (
            "The police concealed the information about the victim's identity, as required"
            " under Section 23 of POCSO.",
            [],
        ),
    ],
)
def test_the_s51_english_rules(catalog: Catalog, text: str, read: list[str] | None) -> None:
    _assert_read_after_morphed(catalog, text, read)
