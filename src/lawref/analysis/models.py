"""Pydantic models of ``lawref analyze``: its configuration (``[analysis]`` in
``data/conduct.toml``), the conduct and statute references it finds in a text, and its summary.
"""

import datetime as dt
from typing import Literal, Self

from pydantic import Field, field_validator, model_validator

from lawref.conduct.models import ConductId, LookupProvision
from lawref.statutes.models import Confidence as SourceConfidence
from lawref.statutes.models import Frozen, Source


class NamedAct(Frozen):
    """An Act that reports name beside the ones lawref holds (the CrPC, the BNSS, the Juvenile
    Justice Act): ``lawref analyze`` reads a reference to it as that Act and a section number,
    and says lawref does not hold it. ``title`` may be left out for a Code of criminal procedure
    whose title ``data/procedure.toml`` records."""

    id: str
    names: tuple[str, ...]
    title: str | None = None
    citation: str | None = None
    source: Source | None = None
    lettered_sections: tuple[str, ...] = ()
    """Lettered sections the Act is known to have (not every one: "65B" of the Evidence Act),
    read in ``lettered_source``: a lettered number that an Act lawref holds lacks, in a list
    beside this Act, is read as this Act's only where it is one of these (review 2026-12-31c
    M2); otherwise it is placed in none."""
    lettered_source: Source | None = None
    replaced_years: tuple[int, ...] = ()
    """Years of earlier Acts of the same name that this one repealed ("Juvenile Justice (Care
    and Protection of Children) Act, 2000", repealed by the 2015 Act's s.111), read in
    ``replaced_source``: the name with one of these years is that earlier Act, which lawref
    does not know, not this one; any other year is this Act's, misprinted."""
    replaced_source: Source | None = None

    @model_validator(mode="after")
    def _lettered_sourced(self) -> Self:
        if self.lettered_sections and self.lettered_source is None:
            raise ValueError(f"{self.id}: lettered_sections needs a lettered_source")
        if self.replaced_years and self.replaced_source is None:
            raise ValueError(f"{self.id}: replaced_years needs a replaced_source")
        return self


class SectionGloss(Frozen):
    """What a report's gloss of a section names, for a section of one of the general Codes:
    "Section 376 (rape)", "under section 354 for outraging the modesty of a girl". A section
    that names no Act, and no Act named before it can take, is that Code's when its gloss has
    one of ``words`` (at a word's start) and no other entry for that number matches: the
    number and the offence together name one provision ("Section 64 (rape)" is the BNS's: IPC
    s.64 is on fines). ``heading`` is the section's heading as read in ``source``; ``words``
    are the ones reports gloss it with."""

    act: str
    section: str
    heading: str
    words: tuple[str, ...]
    source: Source | None = None
    """The copy the heading was read in; none where lawref holds the section (its heading is
    in ``data/statutes``)."""
    confidence: SourceConfidence | None = None
    """How sure the heading read in ``source`` is (high: an authoritative copy or two
    independent ones agreeing word for word; medium: secondary copies agreeing); none where
    lawref holds the section."""


class ConstitutionWords(Frozen):
    """The words of a reference to an Article of the Constitution of India, which court and
    news reports cite beside the Acts ("Article 21 of the Constitution", "Articles 14, 19 and
    21", "संविधान के अनुच्छेद 21"). lawref holds no Article: a reference to one is read to its
    number and flagged as not in lawref's data. ``article_words`` open a list of Articles
    (capitalised in English, or lower-case only with one of ``names`` after the list);
    ``names`` name the Constitution after the list ("… of the Constitution") or before it
    ("संविधान के …"); any other name after "of" ("Article 34 of the UNCRC") is another
    instrument, whose Articles are not read."""

    id: str
    title: str
    article_words: tuple[str, ...]
    names: tuple[str, ...]
    other_instruments: tuple[str, ...] = ()
    """Names of other instruments with Articles ("UNCRC", "Budapest Convention", "GDPR"):
    named before an Article in its sentence, or right after it, the Article is theirs
    ("UNCRC Article 34", "the Budapest Convention's Article 9"; review 2026-12-11b H5)."""
    not_after: tuple[str, ...] = ()
    """Words right before "Article" that make it a misnamed section, not an Article ("booked
    under Article 376 and Section 6 of the POCSO Act"; review 2026-12-11b M11)."""
    last_article: int | None = None
    """The Constitution's last Article (a legal fact, in ``data/`` with its ``source``): a
    higher number is no Article of it. None: no bound."""
    source: Source | None = None
    """Where ``last_article`` was read, and how sure."""
    list_joins: tuple[str, ...] = ()
    """Words that join two Articles of a list besides punctuation ("and", "और")."""
    name_links: tuple[str, ...] = ()
    """Genitives between a name and a Devanagari "अनुच्छेद" ("संविधान के अनुच्छेद 21")."""


class DevanagariWords(Frozen):
    """The words of statute references in reports written in Devanagari (Hindi): "आईटी एक्ट
    की धारा 67बी" (the IT Act's section 67B), "पॉक्सो एक्ट की धारा 11 और 12", "धारा 354
    आईपीसी". A list of section numbers follows one of ``section_words``; its Act is named right
    before it (one of ``act_names``, then one of ``act_words`` and one of ``links`` at most) or
    right after it; numbers are joined by "," "/" or one of ``joins``; a section's letter is
    written in Devanagari after its digits ("67बी", "354क"), and ``letters`` and
    ``hindi_letters`` say which Latin letter each stands for (in brackets, a clause: "(ख)" is
    "(b)")."""

    section_words: tuple[str, ...] = ()
    joins: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    act_words: tuple[str, ...] = ()
    anaphoric_act_words: tuple[str, ...] = ()
    """Words before one of ``act_words`` that make it the Act named before ("या कायद्याच्या", of
    this Act; "उक्त एक्ट", the said Act), not an Act lawref does not know."""
    this_act_words: tuple[str, ...] = ()
    """The words of ``anaphoric_act_words`` that point back ("इसी", "उक्त", "याच"), not mere
    links ("व", "पर"): after an Act lawref does not know, "इसी एक्ट" is that Act."""
    letters: dict[str, str] = Field(default_factory=dict)
    hindi_letters: dict[str, str] = Field(default_factory=dict)
    """Letters of the Hindi alphabet that stand for Latin ones in the Hindi texts of the Acts
    ("354क" is 354A); two letters are read only from one table, ``letters`` or this."""
    bracket_letters: dict[str, str] = Field(default_factory=dict)
    """Latin letters as Hindi spells them, read in brackets only ("(एन)" is "(n)"): after the
    digits, "के" is a word ("धारा 4 के तहत"), not a letter."""
    range_joins: tuple[str, ...] = ()
    """Words that join the two ends of a range of sections ("धारा 66 से 67बी", sections 66 to
    67B; Marathi "कलम ६६ ते ६७ (ब)"): every section between is read, as in "66 to 67B"
    (review 2026-12-31a M4)."""
    stop_words: tuple[str, ...] = ()
    """Words after a number that make it a count, a term or a time, not a section ("3 अन्य
    धाराओं", "15 दिन की रिमांड", "10 साल की कैद", "2 आरोपी"): the list ends before it."""
    counted_after_act: tuple[str, ...] = ()
    """Beginnings of words that, after an Act's name (and one of ``links``), make plain numbers
    before the name a count of cases, not sections ("… और 2 पॉक्सो एक्ट के मुकदमे", two POCSO
    Act cases)."""
    counted_links: tuple[str, ...] = ()
    """The links of ``links`` that may stand before a case noun of a count ("के": "2 पॉक्सो एक्ट
    के मुकदमे"); after "का" the noun is one case under the section ("4 पॉक्सो एक्ट का मामला")."""
    not_counted_nouns: tuple[str, ...] = ()
    """Singular case nouns ("मामला", "मुकदमा"): one case, so the number before the Act is its
    section."""
    counted_oblique: tuple[str, ...] = ()
    """Plural oblique case nouns ("मामलों", "मुकदमों"), still a count before one of
    ``used_under`` ("12 पॉक्सो एक्ट के मामलों में", in twelve cases)."""
    number_words: tuple[str, ...] = ()
    """Words that number a case or a crime ("मु0अ0सं0", "अपराध क्र.", "केस नंबर"): a pair
    "45/23" right after one is that number with its year, not two sections before an Act."""
    punishment_words: tuple[str, ...] = ()
    """Words that name a punishment in Hindi ("सजा", "कारावास", "जेल"): a term ("पांच साल तक")
    counts as a stated punishment only beside one."""
    threat_speakers: tuple[str, ...] = ()
    """Words that name a scam's or an extortioner's people ("ठगों", fraudsters; "जालसाजों";
    Marathi "भामट्यांनी"): as the agent of their sentence, they make its punishments compared
    with no law (review 2026-12-28f H3; since 2026-12-30, whoever else speaks in it)."""
    threat_posing: tuple[str, ...] = ()
    """The words one posing as another opens with ("खुद को", oneself; Marathi "स्वतःला"): with
    one of ``threat_posing_verbs`` within five words ("खुद को पुलिस अधिकारी बताकर", calling
    oneself a police officer), a scam's speaker, whoever the agent (review 2026-12-29b H2)."""
    threat_posing_verbs: tuple[str, ...] = ()
    """The verbs of one posing ("बताकर", "बताते हुए"; Marathi "सांगून", "असल्याचे")."""
    threat_not_posing: tuple[str, ...] = ()
    """Self-descriptions that pose as no one: one between ``threat_posing`` and its verb makes
    it none ("खुद को नाबालिग बताया", claimed to be a minor; "खुद को निर्दोष बताते हुए", claiming
    innocence; reviews 2026-12-29c M2, 29d H3)."""
    threat_scam_words: tuple[str, ...] = ()
    """Names of a scam wherever they stand in a sentence ("डिजिटल अरेस्ट", digital arrest;
    "सेक्सटॉर्शन"), as the English reader's "digital arrest" and "sextortion" (review
    2026-12-30f H3)."""
    threat_officials: tuple[str, ...] = ()
    """The head words of an official one may pose as ("अधिकारी", "पुलिस", "जज"): after one of
    ``threat_fake_words`` ("फर्जी पुलिस अधिकारी", a fake police officer) or before one of
    ``threat_become_verbs`` ("सीबीआई अधिकारी बनकर", posing as a CBI officer), a scam's speaker
    (review 2026-12-30f H3)."""
    threat_fake_words: tuple[str, ...] = ()
    """Words that call what follows fake ("फर्जी", "नकली"; Marathi "बनावट", "तोतया"), read only
    right before one of ``threat_officials`` or one word before it ("फर्जी सीबीआई अफसर"): a
    fake profile is no scam's speaker."""
    threat_become_verbs: tuple[str, ...] = ()
    """Verbs of becoming another ("बनकर", "बन कर"; Marathi "बनून"), read only right after one of
    ``threat_officials`` ("दोस्त बनकर", befriending, poses as no official)."""
    threat_story_words: tuple[str, ...] = ()
    """Beginnings of words that, anywhere in a report, tell of a scam that threatens with the
    law ("ठग", fraudster, fraud; "जालसाज"; "डिजिटल अरेस्ट"; Marathi "भामट", "तोतया"): as
    ``ScamWords.story``, nothing the report states of punishment is compared; read as
    beginnings, so Marathi's fused endings ("ठगांनी", "डिजिटल अटकेत") are read too (review
    2026-12-31b H2, H5)."""
    threat_claim_verbs: tuple[str, ...] = ()
    """Marathi claims to be an official right after the official's word ("पोलीस असल्याचे
    भासवून", posing as the police; "सीबीआय अधिकारी असल्याचे सांगून"): one posing as one, with
    or without "स्वतःला" (review 2026-12-31d H3)."""
    threat_not_after_officials: tuple[str, ...] = ()
    """Words after a fake official's word that make the phrase no official ("फर्जी पुलिस
    मुठभेड़", a fake police encounter; "फर्जी पुलिस केस"; review 2026-12-31d M1)."""
    threat_pronouns: tuple[str, ...] = ()
    """Pronouns that open a sentence with the people the sentence before named ("उन्होंने",
    they; "उसने"; Marathi "त्यांनी"): after a sentence that tells of a scam, its speakers speak
    on ("ठगों ने उसे फोन किया। उन्होंने कहा कि …", the fraudsters called him; they said …;
    review 2026-12-30f H3)."""
    act_names: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """Act id → the names Hindi reports give it ("पॉक्सो एक्ट", "भारतीय दंड संहिता"): an Act
    lawref holds, one of ``other_acts`` or a Code of criminal procedure."""
    name_genitives: tuple[str, ...] = ()
    """The forms of the genitive postposition that one another stand for inside an Act's name
    that ends in one of ``act_words`` ("का", "के"): Hindi inflects "का" to "के" before a
    postposition, so "यौन अपराधों से बच्चों का संरक्षण अधिनियम" is written "… बच्चों के संरक्षण
    अधिनियम की धारा 11"; a name with no Act's word is read as listed ("… बच्चों के संरक्षण के लिए"
    is prose)."""
    not_glued_letters: tuple[str, ...] = ()
    """Names of Latin letters in ``bracket_letters`` that are not read glued to a section's
    digits, being words ("के": "धारा 4के तहत" is section 4)."""
    act_name_not_before: tuple[str, ...] = ()
    """Words right after an Act's name that make it another instrument, its Rules or a Bill
    ("पॉक्सो नियम", "… (संशोधन) विधेयक"): no Act is read there."""
    name_suffixes_before_sections: tuple[str, ...] = ()
    """Suffixes glued to an Act's short name that make it the Act's only right before a
    section word ("पोक्सोमधील कलम ६, १४"; not "पोक्सोमधील गुन्ह्यात … कलम ३४ नुसार", where the
    section may be another Act's; review 2027-01-15f M2)."""
    name_suffixes: tuple[str, ...] = ()
    """What Marathi glues to an Act's short name to say "of" or "under" ("पोक्सोच्या",
    "भा.दं.सं.च्या", "पोक्सोंतर्गत"): read after any name, as part of it."""
    act_stems: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """Act id → names that name the Act only with one of ``act_words`` after them ("माहिती
    तंत्रज्ञान कायद्याच्या", the IT Act's; "माहिती तंत्रज्ञान विभाग" is a department)."""
    act_misnomers: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """Act id → names Hindi reports give an Act that are another law's ("सूचना प्रौद्योगिकी
    (संशोधन) अधिनियम", the amending Act of 2008, for the IT Act its sections are in): read as
    that Act and flagged as misnamed, as the English misnomers are."""
    section_led_names: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """Act id → short names that name the Act only right before one of ``section_words`` ("IT
    कलम 67", the IT Act's section 67; "IT सेल" is a police cell)."""
    marathi_letters: dict[str, str] = Field(default_factory=dict)
    """Letters of the Marathi alphabet that stand for Latin ones in Marathi reports ("कलम ६७
    (ब)" is section 67B, "३५४ (अ)" 354A): read, instead of ``hindi_letters``, in a text that
    :attr:`marathi_markers` show to be Marathi."""
    not_section_stems: tuple[str, ...] = ()
    """Beginnings of a word right after a number after an Act's name that make the number no
    section: a count, a span, a date or a court ("पॉक्सो एक्ट 3 आरोपियों", "2 सालों", "10
    जनवरी", "3 की अदालत")."""
    not_section_words: tuple[str, ...] = ()
    """Whole words that do the same where their beginnings would reach other words ("दिन", a
    day; "दिनेश" is a name)."""
    section_number_words: dict[str, int] = Field(default_factory=dict)
    """Numbers written as words, read as a section's number right after "धारा" or "कलम"
    ("धारा छह", section 6; "कलम चार", section 4), unless a count follows them (the words of
    ``not_section_stems`` and ``not_section_words``)."""
    under_endings: tuple[str, ...] = ()
    """Endings of a Marathi Act word that says "under" ("पोक्सो कायद्यान्वये"): a bare number
    after it counts something ("… १२ तरुणांची") unless one of ``cited_words`` or
    ``cited_joins`` follows it."""
    cited_words: tuple[str, ...] = ()
    """Words after such a number that cite it as a section ("… १२ अन्वये")."""
    cited_joins: tuple[str, ...] = ()
    """Joins after such a number that make it one of a list of sections ("… १२ व १७")."""
    judge_words: tuple[str, ...] = ()
    """A judge's post before an Act's name ("विशेष न्यायाधीश पॉक्सो एक्ट 2"): the number after it
    names the court, not a section."""
    court_words: tuple[str, ...] = ()
    """A court's name before an Act's name ("अपर सत्र न्यायालय पॉक्सो एक्ट 3 ने …"): the number
    after it names the court unless one of ``used_under`` follows it."""
    used_under: tuple[str, ...] = ()
    """Words after a number that use it as a section ("विशेष अदालत पॉक्सो एक्ट 6 के तहत …")."""
    spaced_list_ends: tuple[str, ...] = ()
    """Words beside ``used_under`` after which a list of sections joined by spaces alone may
    end ("धारा 13 14 15 लगाई", "धारा 354 509 आदि", "कलम ३५४ ५०९ प्रमाणे"; review 2027-01-11d
    M2)."""
    marathi_et_cetera: tuple[str, ...] = ()
    """Marathi's abbreviation of "et cetera" ("इ."): in a Marathi text "५०९ इ." is section 509,
    not 509E."""
    marathi_markers: tuple[str, ...] = ()
    """Common Marathi words that Hindi does not use ("आहे", "आणि"): a text with at least two of
    them, and more of them than of :attr:`hindi_markers`, is read as Marathi."""
    hindi_markers: tuple[str, ...] = ()
    """The Hindi words that stand where Marathi's markers would ("है", "और")."""


class HindiConductTerm(Frozen):
    """Words of one conduct in Hindi reports: a word that starts with one of ``stems``
    ("अपलोड" reads "अपलोड", "अपलोडिंग"; "भेज" reads "भेजा", "भेजी", "भेजने"). With
    ``followed_by``, the next word must start with one of these ("पोस्ट कर", "पोस्ट
    की": the verb, not the noun "a post"), or, for an entry of several words, the
    next words must be its words, the last only beginning with its last ("हो गई",
    "होने के बाद"); with ``after``, one of the three words before must be one of
    these ("सोशल मीडिया पर डाल दिया": put on social media; "आगे भेजे": sent on);
    ``material`` asks for material named near it: "near" (one of the reader's
    ``material`` words within ``object_reach`` words before it or ``window`` after
    it: "दोस्तों को भेजी वीडियो"), "before" (within ``object_reach`` words before
    it, Hindi's object: "अश्लील वीडियो बनाकर"), "sexual_before" (a word both of
    ``material`` and of ``sexual`` within ``object_reach`` words before it: "चाइल्ड
    पोर्न देखने"), "sexual_near" (such a word there, or within three words after a finite
    verb, as a headline puts it: "शिक्षक ने छात्रा को भेजे अश्लील मैसेज व वीडियो"), or "online"
    (a word of ``online`` near it: "स्नैपचैट के जरिये दोस्ती हो गई")."""

    conduct: ConductId
    stems: tuple[str, ...]
    followed_by: tuple[str, ...] = ()
    advice_words: tuple[str, ...] = ()
    """Words of advice ("सतर्क", "सावधान"): one within ten words after the word, in its
    sentence, makes it advice, not an act ("ऑनलाइन मैत्री होने के बाद बच्चों को सतर्क रहना
    चाहिए"). ("चाहिए" alone is also a want: it is in ``advice_after_infinitive``.)"""
    advice_after_infinitive: tuple[str, ...] = ()
    """Words that are advice only right after an infinitive (the grammar's
    ``advice_infinitive_endings``), within ten words after the word in its sentence: "…
    माता-पिता को बताना चाहिए" (should tell), "नजर रखनी चाहिए", not "उसे फोटो चाहिए" (he wants
    photos)."""
    not_followed_by: tuple[str, ...] = ()
    """Words that, right after the word, make it no act: "वायरल होने के बाद" (after it went
    viral: the public spread it), "अपलोड हुआ"."""
    after: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    """Words that, right before the word, make it another verb: "जेल भेज दिया" (sent to jail),
    "योजना बना रहा था" (was making a plan), "जमानत मिली" (got bail)."""
    not_near: tuple[str, ...] = ()
    """Words that, within four words before the word, make it another's act: a laboratory or an
    examination sent to ("तपासणीसाठी न्यायवैद्यक विभागाकडे पाठवले", sent to the forensic
    department for examination: the police's), a platform removed from ("सोशल मीडियावरून
    डिलीट करण्यात आले", deleted from social media: a takedown)."""
    owners: tuple[str, ...] = ()
    """Words of which one must stand within ``object_reach`` words before the word: whose the
    place of a find is (Marathi "आरोपीच्या मोबाईलमध्ये … अश्लील व्हिडिओ आढळून आले", found in the
    accused's phone: storing). Without one, a find is in the victim's phone, a parent's, or a
    finding that he did something ("… व्हायरल केल्याचे आढळले"), none of them his possession
    (review 2026-12-08c H3)."""
    owner_place_endings: tuple[str, ...] = ()
    """With ``owners``: endings of the place right after the owner's word ("आरोपीच्या
    मोबाईलमध्ये", in the accused's phone): not another genitive ("त्याच्या बहिणीच्या
    मोबाईलमध्ये", his sister's phone; review 2026-12-09a H3)."""
    referring_places: tuple[str, ...] = ()
    """With ``owners``: words that refer back to a device named earlier in the sentence ("त्यात",
    in it: "आरोपीच्या मोबाईलची तपासणी केली असता त्यात … अश्लील व्हिडिओ आढळून आले"), which count
    as the place when an owner's word (``owners`` or ``referring_owners``) stands in the fifteen
    words before them (review 2026-12-09a M7)."""
    referring_owners: tuple[str, ...] = ()
    """Owners' words of the form the examined device takes ("आरोपीचा मोबाईल तपासला", "तरुणाचा")."""
    referring_devices: tuple[str, ...] = ()
    """Beginnings of the device or place an owner's word of ``referring_owners`` or ``owners``
    must own, right after it ("आरोपीच्या मोबाईलची तपासणी", "आरोपीचा लॅपटॉप"): "आरोपीच्या
    भावाचा मोबाईल" (his brother's phone) or "आरोपीच्या विरोधात" names no device of his
    (review 2026-12-10a M5)."""
    referring_other_endings: tuple[str, ...] = ()
    """Endings of a word right after the owner's that name someone or something else as the
    device's owner or the owner's relation ("भावाचा", his brother's; "विरोधात", against him):
    the device one word further is not his."""
    material_reach: int = 0
    """How many words back the material may stand, where fewer than the reader's
    ``object_reach`` (0: that reach): what was found is the material right before the verb
    ("… अश्लील व्हिडिओ आढळले"), not evidence found in a case about it ("अश्लील व्हिडिओ
    प्रकरणातील आरोपीच्या विरोधात सबळ पुरावे आढळले")."""
    material_stops: tuple[str, ...] = ()
    """Beginnings of words that end the reach back to the material: a case noun or a person
    between the material and the verb ("चाइल्ड पोर्नोग्राफी प्रकरणातील आरोपी त्याच्या घरात
    सापडला": the accused of the case was found, no material; review 2026-12-10a L2)."""
    asked_of: tuple[str, ...] = ()
    """When given, the nearest "से" (from) or "को" (to) within 15 words before the verb, in its
    sentence, with the word before it, must be one of these ("नाबालिग से", "छात्रा को"), or a
    pronoun of them ("उससे") must come first: the child the material is asked of; not material
    procured from a source ("डार्क वेब से … अश्लील वीडियो मंगवाता"), an accomplice asked ("अपने
    दोस्त से … मुझे भेजो") nor others told to pass a child's video on ("… सबको भेजो"; reviews
    2026-12-27a M7, M8 to 27d M8)."""
    headline_before_endings: tuple[str, ...] = ()
    """With ``material = "sexual_near"``: the material after the verb is read only as its own
    object, with the word before the verb ending in one of these (an agent's "ने", a
    conjunctive's "-ऊन") or none before it in its sentence (review 2027-01-13d H1)."""
    headline_before_words: tuple[str, ...] = ()
    """With ``headline_before_endings``: whole words that may stand right before the verb too,
    postpositions of place, means and time ("क्लासरूम में बनाया", "मोबाइल से बनाया"; review
    2027-01-13f M1)."""
    headline_owner_words: tuple[str, ...] = ()
    """With ``headline_before_endings``: possessives that own the material ("उसका", "अपनी")."""
    headline_skips: tuple[str, ...] = ()
    """With ``headline_before_endings``: words between an owner and the material ("एक", "कई";
    digits too; review 2027-01-13h H2)."""
    headline_described: tuple[str, ...] = ()
    """With ``headline_before_endings``: words after the material that make it describe another
    thing made ("वाला": "अश्लील वीडियो वाला पेज"; review 2027-01-13h M1)."""
    headline_genitive_endings: tuple[str, ...] = ()
    """With ``headline_before_endings``: Marathi's glued genitive endings ("-चा", "-ची"), an
    owner that carries the reach after the verb to six words ("बनविला वर्गमैत्रिणीचा अश्लिल
    व्हिडीओ")."""
    asked_on: tuple[str, ...] = ()
    """With ``asked_of``: a device or account of the one asked, the material sent onto it
    ("नाबालिग छात्रा के मोबाइल पर अश्लील वीडियो भेजे", Marathi "अल्पवयीन मुलीच्या मोबाईलवर"):
    phrases of one to three words whose owner, right before them, is the one asked: "X" and
    one of ``asked_on_genitives`` where "X को" (or "X से") is one of ``asked_of``, or a
    Marathi genitive ending in one of ``asked_on_genitive_endings`` whose stem with one of
    ``asked_on_object_endings`` is ("मुलीच्या" as "मुलीला"). Only after the nearest "को"/"से"
    (closing note, 2027-01-12)."""
    asked_on_breaks: tuple[str, ...] = ()
    """With ``asked_on``: words that, after the phrase and before the verb, join another clause
    ("और", "आणि") right after one of ``asked_on_break_verbs``: the phrase is that clause's ("…
    के मोबाइल पर फोन कर धमकी दी और … भेज दिया"; reviews 2027-01-13b H3, 13d H3)."""
    asked_on_break_verbs: tuple[str, ...] = ()
    asked_on_elsewhere: tuple[str, ...] = ()
    """With ``asked_on``: words or pairs after the phrase that name another destination of the
    sending ("इंटरनेट पर", "मीडियावर"): the phrase is not its recipient (reviews 2027-01-13f H3,
    13h H1)."""
    asked_on_genitives: tuple[str, ...] = ()
    """With ``asked_on``: whole genitive words between the owner and the device ("के")."""
    asked_on_genitive_endings: tuple[str, ...] = ()
    """With ``asked_on``: a Marathi genitive's endings glued to the owner ("च्या")."""
    asked_on_object_endings: tuple[str, ...] = ()
    """With ``asked_on``: the endings that make the owner's stem one asked ("ला", "ना")."""
    asked_past: tuple[str, ...] = ()
    """With ``asked_of``: words of a time or a means before "से"/"को" ("कई दिनों से", for some
    days; "इंस्टाग्राम से", through Instagram; "मोबाइल फोन से"), which name no one asked: the
    look back goes on past them to the child (review 2026-12-27e M3)."""
    not_soon_after: tuple[str, ...] = ()
    """Words within two after an infinitive or verbal noun of the verb (one ending in one of
    ``noun_forms``) that make it no act done: a threat or a demand ("… को अश्लील वीडियो भेजने की
    धमकी दी", threatened to send; Marathi "पाठवण्याची धमकी दिली", "पाठवण्यास सांगितले", asked to
    send); not after a form that tells a thing done ("भेजे और धमकाया", "पाठवून धमकी दिली";
    reviews 2026-12-28b M3, 28c M4)."""
    noun_forms: tuple[str, ...] = ()
    """Endings of the infinitive and the verbal noun ("भेजने", "पाठवण्याची", "पाठवण्यास")."""
    adult_before: tuple[str, ...] = ()
    """With ``asked_of``: whole words that, within three before the one asked, make that one an
    adult ("बीटेक", "कॉलेज"; review 2026-12-28b M3)."""
    age_words: tuple[str, ...] = ()
    """With ``asked_of``: whole age words after a number ("वर्षीय", "वर्षांच्या", "साल"): a number
    from eighteen to ninety-nine before one, within three words before the one asked, is an
    adult ("19 वर्षांच्या मुलीला")."""
    minor_words: tuple[str, ...] = ()
    """With ``asked_of``: beginnings of words that name the one asked a minor ("नाबालिग",
    "अल्पवयीन"): no adult is read then (review 2026-12-28c M5)."""
    after_infinitive: tuple[str, ...] = ()
    """With ``asked_of``: words after an infinitive in "-ने" ("वाली", "के"), which tell it from an
    agent in "-ने" when looking back for an adult ("बीटेक करने वाली छात्रा")."""
    place_words: tuple[str, ...] = ()
    """With ``asked_of``: words of a place ("बाहर", "आवारात") back to which, at most, an adult is
    looked for before the one asked: "कॉलेज के बाहर नाबालिग को" names a place, not a student."""
    read_on: bool = False
    """The word this term reads is offered to the next term with its stem as well: sexual
    material of a child sent to a child is shown to her (grooming, POCSO s.11(iii)) and
    transmitted (sharing) both."""
    read_on_children: tuple[str, ...] = ()
    """With ``read_on``: where given, the word is offered on only if the material names a child:
    a word beginning with one of these, in the words the material is read from before the verb
    or the three after it, that is followed by a genitive ("बच्चों की अश्लील वीडियो") or ends in
    one of ``read_on_genitive_endings`` ("लहान मुलांचे"), or one of ``read_on_child_words``
    ("चाइल्ड पोर्न"). Adult obscene
    material sent to a child is grooming alone (POCSO s.11(iii), IPC s.293, BNS s.295): sharing
    maps to IT Act s.67B(a)/(b) and POCSO s.15(2), which need material involving a child
    (2027-01-12, as in English)."""
    read_on_genitive_endings: tuple[str, ...] = ()
    read_on_not_before: tuple[str, ...] = ()
    """With ``read_on_children``: beginnings of words after a child's genitive that make it the
    recipient's or a relative's, not the material's ("मुलीच्या मोबाईलवर", "बच्चों के माता-पिता")."""
    read_on_child_words: tuple[str, ...] = ()
    """With ``read_on_children``: whole words that name material a child's on their own
    ("चाइल्ड", "बाल": "चाइल्ड पोर्न", "बाल अश्लील सामग्री")."""
    recipient_stops: tuple[str, ...] = ()
    """With ``asked_of``: words that, between the verb and the one asked, show the material
    went elsewhere ("छात्राओं को फर्जी ग्रुप बनाकर उसमें अश्लील फोटो … भेजने": into a group made for
    the students, not to them); the look back for the one asked stops at them."""
    recipients_own: tuple[str, ...] = ()
    """Words that, among the ``material_reach`` words before the verb, make the material sent
    the recipient's own: her possessive ("उसकी अश्लील फोटो", "तिचे फोटो") or a picture made over
    ("मॉर्फ"). Sent to the child, that is a threat, not material shown to her; the term does
    not read it."""
    not_forms: tuple[str, ...] = ()
    """Whole words that begin with one of ``stems`` and are not this term's: the imperative
    "भेजो" (send!) tells what the speaker demanded, not a sending ("… इसलिए अपनी न्यूड फोटो
    भेजो": the accused's demand to the child, read as grooming by a term of its own)."""
    material: Literal["any", "near", "before", "sexual_before", "sexual_near", "online"] = "any"


class DevanagariGrammar(Frozen):
    """The small words of Hindi and Marathi grammar that
    :mod:`lawref.analysis.hindi_conduct` reads a conduct word's clause by
    (``[analysis.hindi_conduct.grammar]`` in ``data/conduct.toml``): who its subject is, whether
    it is said as a future, an infinitive, a question or a condition, and where its clause
    ends. The rules that read them are in that module; the words are here, where they can be
    read, corrected and extended without touching code (the rules themselves still know Hindi
    and Marathi apart: "नाही तर", the participle, the ``marathi_*`` lists). A field's docstring
    says what the rule does with it."""

    emphatic_particles: tuple[str, ...] = ()
    """Particles joined to a word's end that add "too" or "even" (Marathi "ही":
    "व्हिडीओही", the video too; "फोटोही"): a material word with one is material."""
    future_endings: tuple[str, ...] = ()
    """Endings of a future verb ("करेगा", "देगी", "डालेंगे", "भेजूंगा"): a closed list, so
    that "आगे" (further), "जिंदगी" (life) and "लगा" (began, a past) are none. A conduct word
    with one right after it is what will be done, not an act (or a threat, with a threat or a
    condition before it)."""
    inceptives: tuple[str, ...] = ()
    """Words of "began to" after Marathi's form in "-ऊ" ("ब्लॅकमेल करू लागला", he began to
    blackmail her): a past, not the future ``future_endings`` reads in "करू" (survey of unseen
    Marathi pages, 2027-01-13)."""
    infinitive_endings: tuple[str, ...] = ()
    """Endings of an infinitive ("देखना", "भेजने"; Marathi "बनविणे", "पाठवणं"): a conduct word
    of more than three characters (letters and vowel signs) ending so is said as an
    infinitive."""
    advice_infinitive_endings: tuple[str, ...] = ()
    """The endings of an infinitive before a word of ``advice_after_infinitive``: those of
    ``infinitive_endings`` and the feminine "-नी" ("नजर रखनी चाहिए", should keep watch; review
    2026-12-16a F5). Read only on words of more than three letters ("पानी" is water)."""
    agent: tuple[str, ...] = ()
    """Hindi's mark of the subject of a past transitive verb ("ने": "पुलिस ने … भेजा"): the
    word before it is the act's subject."""
    agent_endings: tuple[str, ...] = ()
    """Endings of a subject fused with its mark ("उसने", Marathi "पोलिसांनी", "मित्रानं")."""
    agent_phrases: tuple[tuple[str, ...], ...] = ()
    """Phrases after a noun that make it the sender of a passive ("साइबर क्राइम सेल की ओर से एक
    सीडी भेजी गई थी", a CD was sent by the cyber crime cell): the word before one is read as
    the word before "ने" is."""
    fused_subjects: tuple[str, ...] = ()
    """Hindi pronouns fused with ``agent`` ("उसने" he, "जिसने" who): the accused himself, as
    the subject of the act."""
    clause_openers: tuple[str, ...] = ()
    """Hindi words that open a clause of its own ("कि" that, "जो" who, "जब" when): a subject
    before one is not the subject of a conduct word after it."""
    marathi_clause_openers: tuple[str, ...] = ()
    """The same in Marathi ("की" that, "तेव्हा" when, "असता", "तर"), read in a Marathi text."""
    postpositions: tuple[str, ...] = ()
    """Hindi postpositions ("के", "में", "से"): a word fused with ``agent_endings`` before one
    is a noun, not a subject, outside Marathi ("आईने के सामने", before the mirror)."""
    genitives: tuple[str, ...] = ()
    """Hindi's genitive ("का", "की", "के"): an object's owner before it ("कार्रवाई का
    चित्रीकरण"), a head after it ("नाबालिग की मां को", the minor's mother)."""
    object_marks: tuple[str, ...] = ()
    """Postpositions that mark the one a child is asked or forced by ("नाबालिग को … भेजने के
    लिए मजबूर किया", "नाबालिग पर … दबाव")."""
    object_endings: tuple[str, ...] = ()
    """The same marks glued to their noun in Marathi ("अल्पवयीन मुलीला … पाठवण्यास भाग
    पाडले", made the minor girl send; "मुलींना", the girls): a word of a child that ends in one
    is the one asked or forced."""
    object_clause_breaks: tuple[str, ...] = ()
    """Words that join two clauses ("आणि", "और"): an object before one is the earlier verb's,
    not the one asked to send after it."""
    dative_recipients: tuple[str, ...] = ()
    """Datives that name the one a thing is sent to, not the one asked to send it: himself
    ("आपल्याला", "स्वतःला"), him, me, the accused ("… तिचे अश्लील फोटो आपल्याला पाठवण्यास
    सांगितले")."""
    phrase_ends: tuple[str, ...] = ()
    """Postpositions that end a noun phrase read backwards from one of ``object_marks``."""
    linked: tuple[str, ...] = ()
    """The postposition of "linked with" ("से जुड़ा"): "घटना से जुड़ा वीडियो" is the event's
    own material."""
    linked_stems: tuple[str, ...] = ()
    """Beginnings of the participle after ``linked`` ("जुड़ा", "जुड़े")."""
    conjunctive: tuple[str, ...] = ()
    """Hindi's conjunctive participle ("कर", "करके": "एडिट कर … वायरल करने के आरोप में"): a
    conduct word joined by one to an infinitive is non-finite itself."""
    past_auxiliaries: tuple[str, ...] = ()
    """"था", "थे", "थी" (was, were): after "वाला" they make an infinitive what one was about
    to do ("अपलोड करने वाला था")."""
    negation_particles: tuple[str, ...] = ()
    """"ही", "तो" after a negator ("न ही", "न तो": neither, nor) in the three words before a
    conduct word: it is denied."""
    coordinators: tuple[str, ...] = ()
    """"व", "और", "एवं", "तथा", "या" between two conduct words sharing one infinitive
    ("डाउनलोड व अपलोड करने वालों पर निगरानी": both said of those who do them, in general)."""
    alternatives: tuple[str, ...] = ()
    """"या" (or) before a negator after the conduct word ("… किया या नहीं", whether or not):
    a question, not an act."""
    upon: tuple[str, ...] = ()
    """"पर" (on, upon) within two words after a word of denial: a condition ("इनकार करने पर",
    on her refusing), not a denial."""
    contrasts: tuple[str, ...] = ()
    """Words of contrast ("लेकिन", "परंतु"): a denial cue before one does not reach a conduct
    word after it ("… पुष्टि नहीं हुई है, लेकिन आरोपी ने …")."""
    such: tuple[str, ...] = ()
    """"ऐसे", "ऐसी" (such): within seven words before one of ``relatives``, the conduct word
    after it is said of a class ("ऐसे लोगों …, जो … भेज रहे हैं")."""
    relatives: tuple[str, ...] = ()
    """"जो" (who), the relative word read with ``such``."""
    people_in_general: tuple[str, ...] = ()
    """"लोग" (people): the subject of a conduct word in the habitual present
    (``habitual_present``), after a word of ``people_quantifiers`` or opening its sentence, says
    what people do in general ("कई लोग सोशल मीडिया के
    माध्यम से चाइल्ड पोर्नोग्राफी … डाउनलोडिंग और शेयरिंग करते हैं", many people download and
    share …; survey of unseen Hindi pages, 2027-01-12)."""
    those_own_heads: tuple[str, ...] = ()
    """Nouns after "वाले" that name the report's own people ("… करने वाले आरोपी को जेल भेजा
    जाएगा", "… वाली युवती"): the one who did it, not a class warned (review 2027-01-12d H2:
    "… वाले किसी भी व्यक्ति", "… वाले अपराधियों" are anyone)."""
    those_case_words: tuple[str, ...] = ()
    """Beginnings of words of what is done to one who did it ("गिरफ्तार", "जेल", "पेश",
    "रिमांड"): after "वाले" and a noun, the report's own one (review 2027-01-12f H2)."""
    people_particulars: tuple[str, ...] = ()
    """Words that make what people share this case's material ("पीड़िता", "उसका"; review
    2027-01-12f H5)."""
    conjunctive_not: tuple[str, ...] = ()
    """Words ending like a conjunctive participle that are adverbs or names ("जानबूझकर",
    "मिलकर", "भास्कर"; review 2027-01-12f M2)."""
    passive_infinitives: tuple[str, ...] = ()
    """The passive's infinitive ("जाना", "जाने"): "शेयर किया जाना … दंडनीय है" is the law, not a
    finite act (review 2027-01-12f M4)."""
    people_not_after: tuple[str, ...] = ()
    """Words before a quantifier of ``people_in_general`` that make the people the report's
    ("शामिल कई लोग", "आरोपियों में से कुछ लोग": "शामिल", "से")."""
    finite_past_verbs: tuple[str, ...] = ()
    """The past finite verbs after a conduct word ("किया", "दिया"): a law phrase after a
    coordinator or a contrast following one ("… वायरल किया और यह एक गंभीर क्राइम है") is said of
    the act told, which stays (review 2027-01-12d H5)."""
    heading_law: tuple[tuple[str, ...], ...] = ()
    """Phrases that, as the last words of their sentence or line, make the conduct nouns before
    them a section's heading ("… प्रकाशन या प्रसारण के लिए दंड"), the law, not an act (survey of
    unseen Hindi and Marathi pages, 2027-01-13; review 2027-01-13b H2)."""
    heading_stops: tuple[str, ...] = ()
    """Words between a conduct noun and a ``heading_law`` phrase that end the noun's phrase:
    Marathi finite verbs ("केले") and a person's case ("को", "ने": "… करने वाले आरोपी को
    प्रसारण के लिए दंड"; review 2027-01-13f M3)."""
    hypothetical_agents: tuple[str, ...] = ()
    """Indefinite or second-person agents that, before a Marathi "तर" and a "?", make the
    condition a question ("तुम्हाला कुणी … मागितले तर?"); a definite agent's act asked about
    stays an act ("आरोपीने … व्हायरल केले तर पोलिसांनी काय केले?"; review 2027-01-13f H4)."""
    heading_continuations: tuple[str, ...] = ()
    """Words that, opening the next line after a ``heading_law`` phrase, continue its sentence
    ("… के लिए दंड\nके रूप में …": a wrapped sentence passed, no heading; review 2027-01-13d
    M2)."""
    finite_not_before: tuple[str, ...] = ()
    """With ``finite_past_endings``: words right after the conduct word that make it no finite
    past of its own: a present passive or a modal ("भेजी जाती हैं और यह अपराध है"; review
    2027-01-13b M1)."""
    prevention_words: tuple[str, ...] = ()
    """Words of preventing that, right after a conduct noun's genitive or object mark, make the
    conduct what is to be stopped, no act ("… अश्लील फिल्म के प्रसार के रोकथाम के लिए", "प्रसार को
    रोकने"; not "… के प्रसार को लेकर", the act a case is about; review 2027-01-13b H1)."""
    prevention_not_after: tuple[str, ...] = ()
    """Finite verbs before a conduct word in a headline's order ("किया वायरल", "केला शेअर"): a
    ``prevention_words`` word after such a conduct word opens a clause of its own (review
    2027-01-14d H1)."""
    prevention_purposes: tuple[str, ...] = ()
    """Endings of purpose ("-साठी", "-करिता"): a bare conduct word or an infinitive is
    prevented only when the preventing word, or the word after it, ends with one, or one of
    ``prevention_purpose_phrases`` follows it (review 2027-01-14h H1)."""
    prevention_purpose_phrases: tuple[str, ...] = ()
    """Phrases of purpose after a preventing word ("के लिए", "हेतु")."""
    pretext_words: tuple[str, ...] = ()
    """Words of a pretext ("बहाने", on the pretext of) right after the conduct word's
    infinitive and genitive: "वीडियो डिलीट करने के बहाने से बुलाया" (called her on the pretext of
    deleting the video) tells no deletion (survey of unseen Hindi pages, 2027-01-15)."""
    ban_words: tuple[str, ...] = ()
    """Words of a ban ("बैन", "रोक", "प्रतिबंध", "पाबंदी"): after "पर" that ends a list of the
    conduct word's own infinitives, and a copula of ``ban_copulas``, the law ("IT एक्ट 2000 में
    पोर्न वीडियो बनाने, पब्लिश करने और सर्कुलेट करने पर बैन है"; survey of unseen Hindi pages,
    2027-01-14); not a ban on anything else ("… वायरल करने के आरोपी की गिरफ्तारी पर रोक है",
    a stay on his arrest; review 2027-01-14d H3)."""
    ban_copulas: tuple[str, ...] = ()
    """The copulas after a ``ban_words`` word ("है", "हैं")."""
    ban_list_endings: tuple[str, ...] = ()
    """Endings of an oblique infinitive in a banned list ("बनाने", "करने")."""
    prevention_not_before: tuple[str, ...] = ()
    """Words right after a ``prevention_words`` word that make it a clause of its own ("रोकने
    गए", who went to stop; "रोखण्यासाठी गेलेल्या"; review 2027-01-14d H1)."""
    finite_past_endings: tuple[str, ...] = ()
    """Endings that make a conduct word of a native verb stem its own finite past ("भेजा",
    "भेजे", "भेजी"): "… दोस्तों को भेजा और यह … अपराध है" says the law of the act told, as
    after ``finite_past_verbs`` (closing note 2027-01-12, left open)."""
    conjunctive_endings: tuple[str, ...] = ()
    """Endings of a conjunctive participle ("लिखकर", having written): a name joined to a photo
    before one is that verb's object, not spread (review 2027-01-12d)."""
    agent_phrase_breaks: tuple[str, ...] = ()
    """Words between ``agent_phrases`` and a conduct word that make the phrase a source's, not
    the sender's: a participle or a noun it qualifies ("पुलिस की ओर से मिली जानकारी के मुताबिक
    …", "पीड़िता की ओर से दर्ज कराई गई शिकायत …"; review 2027-01-12b H1)."""
    people_quantifiers: tuple[str, ...] = ()
    """Words of many or some ("कई", "कुछ", "अधिकांश"): ``people_in_general`` after one, or
    opening its sentence, is people in general; after any other word ("गिरफ्तार किए गए लोग",
    "ये तीनों लोग"), the report's own (review 2027-01-12b H7)."""
    habitual_present: tuple[tuple[str, ...], ...] = ()
    """The habitual present after a conduct word ("करते हैं", "करता है"): each entry a verb's
    ending and the auxiliary after it; a past auxiliary ("करते थे", used to) is an act told."""
    complementizers: tuple[str, ...] = ()
    """"कि" (that): before one of ``questions`` it opens an indirect question ("कि क्या …",
    whether); another one between ends the question's reach."""
    when: tuple[str, ...] = ()
    """"जब" (when): within eight words before viewing, it opens Hindi's when-then ("पिता ने
    जब … देखा तो वीडियो में …"), whose "तो" is no condition's end."""
    marathi_copula_stems: tuple[str, ...] = ()
    """The stem of Marathi's "being" in a small clause ("आरोपी दोषी असल्याचा निकाल", the
    verdict that the accused is guilty): a bare accused with it within two words after is that
    clause's subject, not the conduct word's."""
    marathi_thing_endings: tuple[str, ...] = ()
    """Cases of place on the word after one of ``marathi_qualifiers`` ("संशयित मोबाईलमधील", in
    the suspected mobile): the qualifier is an adjective there too."""
    marathi_qualifiers: tuple[str, ...] = ()
    """Bare accused words that are also adjectives ("संशयित", suspected)."""
    marathi_thing_stems: tuple[str, ...] = ()
    """Things one of ``marathi_qualifiers`` may qualify ("संशयित इन्स्टाग्राम खात्यावरील", on
    the suspected Instagram account): right after it, it is an adjective, not the accused."""
    marathi_infinitive_endings: tuple[str, ...] = ()
    """The endings of Marathi's infinitive ("पाठवणे", "साठवणं"); not "-ने" (the agent's case)
    or "-ना" (a plural's dative), which Hindi's infinitive endings would take."""
    marathi_law_predicates: tuple[str, ...] = ()
    """What says a Marathi law word is the predicate of a list of infinitives summed up ("…
    साठवणं हा … गुन्हा आहे", "… असल्याचा निर्णय"): the word right after it (or the sentence's
    end); "… हे गुन्हे नोंदविण्यात आले" (these cases were registered) has none."""
    marathi_emphatic: tuple[str, ...] = ()
    """Marathi's emphatic particle glued to a case ("तरुणाच्याच"): the case is read without it."""
    marathi_companions: tuple[str, ...] = ()
    """Accused nouns that, with one of ``marathi_company_cases``, name a companion of the
    subject ("आरोपी मित्रासह …": the accused with a friend), not an oblique accused."""
    marathi_company_cases: tuple[str, ...] = ()
    """"सह", "सोबत" (with)."""
    marathi_not_agents: tuple[str, ...] = ()
    """Marathi words in "-ने" that are no agent: manner and means ("मदतीने", with the help of;
    "तातडीने", promptly): the search for the act's subject goes past them (review 2026-12-08a
    H8)."""
    marathi_not_agent_endings: tuple[str, ...] = ()
    """Endings of Marathi converbs in "-ने" ("मिळाल्याने", since it was received): no agent."""
    marathi_conditional_endings: tuple[str, ...] = ()
    """The ending of Marathi's conditional ("-ल्यास": "शेअर केल्यास", if one shares; "आढळल्यास",
    if found): the conduct word in it, or followed by a verb in it, is a condition, not an act
    ("… शेअर केल्यास कठोर कारवाई होईल", action will follow if one shares)."""
    marathi_negation: tuple[str, ...] = ()
    """"नाही" (not): before Marathi's "तर" it makes "not only … but" ("… पाहिला नाही तर
    मित्रानेही पाहिला"), unless a new subject follows "तर" (then it denies)."""
    marathi_then: tuple[str, ...] = ()
    """"तर" (then; also whereas, but): a condition's end only with a consequence after it."""
    marathi_new_subjects: tuple[str, ...] = ()
    """Words after "नाही तर" that open a new subject's clause beside ``agent_endings``
    ("त्याच्या", his): "… पाहिला नाही तर त्याच्या मित्राने पाहिला" denies the first."""
    marathi_consequence_endings: tuple[str, ...] = ()
    """Endings of a Marathi future ("होईल", "जाईल", "लागेल"): within six words after "तर",
    a consequence, so "तर" is "then"."""
    marathi_consequences: tuple[str, ...] = ()
    """Marathi words of a possibility or a future ("शकते", "होणार") read the same."""
    marathi_perfective_endings: tuple[str, ...] = ()
    """Endings of a Marathi perfective ("पाठवले", "टाकला", "काढली", "पाठवलं"): a perfective
    transitive takes its subject fused with ``agent_endings`` ("आरोपीने पाठवले"), so a bare
    "आरोपी" before one is its object ("पोलिसांनी आरोपी … याला अटक करून … पाठवले"), and the
    search for the subject goes on. Before an imperfective ("पाठवत होता"), a conjunctive
    ("पाठवून … फरार झाला") or a present ("पाठवतो") the bare accused is the act's subject,
    unless it heads an oblique phrase (``marathi_accused_nouns``, ``marathi_name_cases``)."""
    marathi_not_perfective_endings: tuple[str, ...] = ()
    """Endings that look perfective and are not ("पाठवायला", to send)."""
    marathi_perfective_helpers: tuple[str, ...] = ()
    """The perfective of "to do" after a conduct word ("शेअर केले", "व्हायरल केला")."""
    marathi_nonfinite_endings: tuple[str, ...] = ()
    """Endings of a Marathi passive ("पाठविण्यात आले", "व्हायरल करण्यात आले"): no bare noun is
    its subject, so the search for one goes on."""
    marathi_do_stems: tuple[str, ...] = ()
    """Beginnings of "to do" as a helper after a conduct word ("करण्यात आले", a passive)."""
    marathi_bare_accused: tuple[str, ...] = ()
    """The accused named bare, as the nominative subject ("आरोपी", "संशयित"); not "दोषी",
    which is also "guilty" ("दोषी ठरवत")."""
    marathi_accused_nouns: tuple[str, ...] = ()
    """Nouns that name the accused beside "आरोपी" ("तरुण", "युवक", "शिक्षक"): bare, in
    apposition ("आरोपी तरुण … पाठवत होता"); with a case ending, an oblique phrase ("आरोपी
    तरुणाच्या मोबाईलमधील", the accused youth's phone)."""
    marathi_oblique_vowels: tuple[str, ...] = ()
    """The vowel sign of a Marathi noun's oblique stem ("तरुण" → "तरुणाच्या"): after one of
    ``marathi_accused_nouns`` that ends in a consonant, a case follows it (a noun that ends in
    a vowel sign takes the case at once: "व्यक्तीच्या")."""
    marathi_oblique_cases: tuple[str, ...] = ()
    """Cases on the oblique stem that make an oblique phrase ("-च्या", "-ला", "-कडून"); not
    "-सह" (with: "आरोपी मित्रासह", the accused with a friend, is a subject)."""
    marathi_not_names: tuple[str, ...] = ()
    """Words before a name's case that are no name of the accused ("फिर्यादी यांच्या मुलीला",
    the complainant's daughter)."""
    marathi_law_resumptives: tuple[str, ...] = ()
    """Marathi "हा/ही/हे" (this) right after a list of infinitives, before a word of
    ``law_words`` ("… पाहणं आणि साठवणं हा … गुन्हा"): the list is law stated in general."""
    marathi_case_registered: tuple[str, ...] = ()
    """Words after "गुन्हा/गुन्हे" that make it a case registered, not an offence in law ("हे
    गुन्हे दाखल करण्यात आले")."""
    marathi_name_cases: tuple[str, ...] = ()
    """The case of a name ("आरोपी [name] याला अटक", "… याच्या मोबाईलमधील"), within two words
    after a bare accused and not after one of ``marathi_not_names``: the accused so named heads
    an oblique phrase."""
    marathi_apposition_endings: tuple[str, ...] = ()
    """Endings of a word after a bare "आरोपी" that make it a phrase of "from" or "against"
    ("आरोपी तरुणाकडून जप्त केलेले", seized from the accused youth; "आरोपी विरोधात"): the
    accused is then not the act's subject, even of an imperfective."""
    involvement_words: tuple[str, ...] = ()
    """"शामिल", "लिप्त" (involved) after "में" within ``involvement_reach`` words of a conduct
    noun: the conduct is of those involved in it, not of the sentence's subject ("सीबीआई ने
    … सामग्री के प्रसार में कथित तौर पर शामिल 83 लोगों के ठिकानों पर छापेमारी की", the CBI
    raided 83 people involved in spreading the material)."""
    involvement_reach: int = 5
    involvement_adverbs: tuple[str, ...] = ()
    """Words that may stand between "में" and the word of involvement ("कथित तौर पर")."""
    involvement_links: tuple[str, ...] = ()
    """"में" (in), which must come before one of ``involvement_words``."""
    marathi_source_suffix: tuple[str, ...] = ()
    """"नुसार" (as per): a word ending so names a report's source ("माहितीनुसार",
    "आरोपपत्रानुसार"), after which a clause with its own subject opens, unless it begins with
    one of ``marathi_norms``."""
    marathi_norms: tuple[str, ...] = ()
    """Beginnings of a norm before "नुसार" ("कायद्यानुसार" by law, "आदेशानुसार" on an order,
    "नियमानुसार"): what follows is done under it, by the same subject."""
    marathi_authorities: tuple[str, ...] = ()
    """The police and courts fused with their case ("पोलिसांनी", "न्यायालयाने"): they keep
    their act after a participle ("पोलिसांनी तपासलेले व्हिडिओ … पाठवले")."""
    marathi_participle_endings: tuple[str, ...] = ()
    """Endings of a Marathi past participle ("पाठवलेले", "दिलेली", "काढलेल्या"): an agent
    fused with its case right before one is the participle's own ("मुलीने पाठवलेले फोटो", the
    photos the girl sent), not the act's."""


class HindiConductWords(Frozen):
    """The words of offending conduct in reports written in Devanagari (Hindi), read by
    :mod:`lawref.analysis.hindi_conduct`: each conduct's ``terms``; the material (``material``)
    and sexual words (``sexual``) near them; ``child`` words that say a text is about a child;
    ``negators`` that deny a conduct word right before it or within two words after it ("अपलोड
    नहीं किया"); ``threats`` after it that make sharing or uploading a threat, read as
    sextortion ("वायरल करने की धमकी", a threat to make it viral); ``law`` words after it in its
    clause that make it law stated in general ("देखना अपराध है", viewing is an offence)."""

    terms: tuple[HindiConductTerm, ...] = ()
    material: tuple[str, ...] = ()
    sexual: tuple[str, ...] = ()
    sexual_prefixes: tuple[str, ...] = ()
    """Words that make a text name a sexual act only right before a word that starts as one of
    ``sexual_prefix_before``, with a ``child`` word within three words before ("अल्पवयीन
    मुलीवरील लैंगिक अत्याचार", the sexual assault of a minor girl; not "लैंगिक समानता", gender
    equality)."""
    sexual_prefix_before: tuple[str, ...] = ()
    """The starts of the words after a ``sexual_prefixes`` word that make it sexual."""
    sexual_prefix_not_ending: tuple[str, ...] = ()
    """Endings of that word that make the phrase a name ("अत्याचारांपासून", from sexual
    assault: POCSO's Marathi name), not an act told."""
    child: tuple[str, ...] = ()
    child_prefixes: tuple[str, ...] = ()
    """Words that name a child only before one of ``child_before`` ("बाल अश्लील सामग्री",
    child obscene material; "बाल" alone is also "hair")."""
    child_before: tuple[str, ...] = ()
    child_not_before: tuple[str, ...] = ()
    """Starts of a word after a child's word that make the two an organisation's, a service's
    or a marriage's name, no child ("चाईल्ड लाईन", Childline; "चाइल्ड हेल्पलाइन"; "चाईल्ड
    मॅरेज")."""
    students: tuple[str, ...] = ()
    """Words for students, children unless of one of ``adult_institutions``."""
    adult_institutions: tuple[str, ...] = ()
    """A college or university, whose students are adults ("कॉलेज की छात्राओं"), unless one of
    ``school_before_institution`` precedes it ("इंटर कॉलेज", a school)."""
    school_before_institution: tuple[str, ...] = ()
    school_words: tuple[str, ...] = ()
    """Words of a school: a text that names one has children among its students."""
    negators: tuple[str, ...] = ()
    threats: tuple[str, ...] = ()
    fears: tuple[str, ...] = ()
    """Words of fear that, right after a genitive of the act ("का", "की", "के", or Marathi's
    glued "-ची"/"-चा"; ``genitive_endings``), make it a threat: "पसरविण्याची भीती दाखवून"
    (showing the fear of spreading), "वायरल करने का डर दिखाकर"."""
    fear_shown: tuple[str, ...] = ()
    """The stems of showing a fear ("दाखव", "दिखा"): one of ``fears`` is a threat only with
    one right after it ("… भीती दाखवून", "… डर दिखाकर")."""
    genitive_endings: tuple[str, ...] = ()
    """Marathi's verbal noun in the genitive, an ending ("पसरविण्याची", "करण्याची")."""
    threatened: tuple[ConductId, ...] = ()
    law: tuple[str, ...] = ()
    law_words: tuple[str, ...] = ()
    """Words that name an offence in law ("अपराध", "दंडनीय", "धारा"): after "यह सब" in its
    sentence, one makes the infinitives summed up law (see ``law_resumptives``)."""
    law_resumptives: tuple[str, ...] = ()
    """"यह सब" (all this): after conducts said as infinitives, within four times ``window``
    words, it sums them up as what the law says ("… बनाना, … शेयर करना और … देखना यह सब …
    अपराध है"): law stated in general, however far its law word stands."""
    infinitives: tuple[str, ...] = ()
    """The infinitive of "to do" ("करना", "करने") and verb endings of an infinitive: a conduct
    said as an infinitive with one of ``modals`` after it in its clause is law or advice in
    general ("अपलोड करना भारी पड़ सकता है", uploading can cost you dearly)."""
    modals: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    """Words after a conduct said as an infinitive that make it a topic ("शेयर करने को लेकर
    निगाह रखे हुए है": keeps watch over sharing): no act of anyone."""
    imperatives: tuple[str, ...] = ()
    """The polite and plain imperatives of "करना" right after a conduct word ("पुलिस से साझा करें",
    share it with the police; "शेयर न करें"): a request or advice, no act of anyone."""
    otherwise_negators: tuple[str, ...] = ()
    """The negators that with "तो" make "otherwise" ("नहीं तो"; not "न तो", neither)."""
    indefinite_particles: tuple[str, ...] = ()
    """Particles after "कोई" ("भी": "कोई भी", anyone, any): skipped to see whether it qualifies
    material ("कोई भी अश्लील फोटो", any obscene photo) rather than being the subject."""
    threat_persons: tuple[str, ...] = ()
    """Words that name the threat's maker or its victim ("मैं", "हम", "तुम्हारी", "तेरा"): with
    one in the sentence before the conduct word, "कोई" before material is "any", and the threat
    is his ("नहीं तो तुम्हारी कोई भी अश्लील फोटो वायरल कर दूंगा"); without one, or a first-person
    verb after it (``first_person_endings``), "कोई" is the subject of a warning ("नहीं तो कोई भी
    अश्लील फोटो बनाकर वायरल कर देगा"; review 2026-12-10a M6)."""
    first_person_endings: tuple[str, ...] = ()
    """Endings of a first-person future verb ("दूंगा", "करूंगी")."""
    indefinite_subjects: tuple[str, ...] = ()
    """"कोई" (anyone): after "otherwise", the one who will act is no one in particular ("…,
    नहीं तो कोई उनकी अश्लील फोटो वायरल कर देगा", "…, नहीं तो उनकी अश्लील फोटो कोई भी वायरल कर
    देगा" are warnings, not threats). Not the oblique "किसी", the threat's object ("वरना वह …
    किसी और को भेज देगा")."""
    otherwise: tuple[str, ...] = ()
    """Words of "otherwise" ("वरना", "अन्यथा"; Marathi "नाहीतर"): with a future verb after
    them, a threat set to the victim ("पैसे दो, वरना वीडियो वायरल कर देगा"), as after a
    condition; so is a negator before a word of ``condition_ends`` ("नहीं तो")."""
    conditions: tuple[str, ...] = ()
    """Words of a condition ("अगर", "यदि": if): a conduct after one in its sentence, before
    ``condition_ends`` ("तो": then), is a condition, not an act; so is one with a word of
    ``condition_ends`` within two words after it ("ऐसा पोर्न देखा तो खैर नहीं": watch such porn
    and there is no mercy)."""
    condition_ends: tuple[str, ...] = ()
    selves: tuple[str, ...] = ()
    """Words of oneself ("खुद"): "खुद की तस्वीरें अपलोड करती हैं" (post pictures of themselves)
    is no offence against a child."""
    not_before: tuple[str, ...] = ()
    """Words right before a conduct word that make it no act on material ("आठ और मामले मिले":
    eight more cases found), or within three after it after a number ("अपलोड करने के 500 मामले
    सामने आए": a statistic)."""
    trend_heads: tuple[str, ...] = ()
    """Nouns that, within four words after a conduct word, count its acts ("अपलोड करने के
    मामले", cases of uploading; "देखने वालों की संख्या", the number of viewers): with one of
    ``trend_words`` after them, a trend, not an act ("… के मामले लगातार सामने आ रहे हैं", "… की
    संख्या में लगातार इजाफा हो रहा है"; survey of unseen Hindi pages, 2027-01-10)."""
    trend_words: tuple[str, ...] = ()
    """Beginnings of words of a rise, within ten words after the conduct word ("बढ़", "इजाफा",
    "लगातार")."""
    count_scales: tuple[str, ...] = ()
    """Words of a count in thousands or more ("हजार", "लाखों", Marathi "हजारांहून"): one in the
    words before a conduct word, with no agent there (no offender, no word marked "ने" or
    "नी"), counts material as statistics do ("भारतातून तब्बल २५ हजार चाईल्ड पॉर्न व्हिडियो …
    अपलोड झाले आहेत"), no one's act."""
    count_money: tuple[str, ...] = ()
    """Beginnings of the words of money after a count ("हजार रुपये", "लाख रुपयांची"): a sum,
    not a count of material."""
    count_passives: tuple[str, ...] = ()
    """Words right after a conduct word that make its verb passive or intransitive ("अपलोड
    झाले", "अपलोड करण्यात आले", "अपलोड किए गए"): only then is a count of material before it a
    statistic."""
    count_not_agents: tuple[str, ...] = ()
    """Words that end as an agent does and are none ("महीने", months)."""
    count_agent_marks: tuple[str, ...] = ()
    """Endings that mark a Marathi word as the agent ("आरोपीने", "त्याने", "पोलिसांनी"): with
    one before it, a count of material is someone's act."""
    not_words: tuple[str, ...] = ()
    """Words that start with a stem and are another word ("पोस्टमार्टम", "सेवानिवृत्त")."""
    denials: tuple[str, ...] = ()
    """Words that deny what comes before them ("वायरल करने से इनकार किया", denied making it
    viral; "आरोपों को निराधार बताया"), within four words after the conduct word."""
    denial_cues: tuple[str, ...] = ()
    """Phrases that deny a clause that follows "कि" ("ऐसा कोई सबूत नहीं मिला कि …", no evidence
    was found that …), before the conduct word in its sentence."""
    not_actors: tuple[str, ...] = ()
    """Subjects (the word before "ने") whose act is no offence: police, courts, victims,
    parents, the public ("पुलिस ने वीडियो फोरेंसिक लैब को भेज दिया")."""
    causatives: tuple[str, ...] = ()
    """Beginnings of a causative verb after the conduct word ("डिलीट कराए", had them deleted):
    someone else was made to do it, on an order."""
    intentions: tuple[str, ...] = ()
    """Words after a conduct said as an infinitive that make it an intention or an attempt, not
    an act ("वायरल करने की फिराक में था", "बनाने की कोशिश की")."""
    forces: tuple[str, ...] = ()
    """Words after sending said as an infinitive, with sexual material before it and a child
    named in its sentence, that make it a child forced to send pictures of herself ("अश्लील
    फोटो भेजने के लिए मजबूर किया"): the offender uses the child to make them (POCSO s.13,
    punished by s.14), read as producing."""
    solicits: tuple[str, ...] = ()
    """The same, for a child asked or enticed to send ("भेजने को कहा", "भेजने की मांग"):
    grooming (POCSO s.11(vi), "entices a child for pornographic purposes"; IT Act s.67B(c))."""
    asked_noun_endings: tuple[str, ...] = ()
    """Endings of a Marathi verbal noun that, like the infinitive, may carry a demand after it
    ("न्यूड फोटो पाठवण्याची मागणी", the demand to send; survey of unseen Hindi and Marathi pages,
    2027-01-13): read with ``forces`` and ``solicits``."""
    those: tuple[str, ...] = ()
    """"वाले", "वालों" (those who …): a conduct said as an infinitive with one, and a modal or a
    future later in its sentence, is a warning to all ("अपलोड करने वालों को पुलिस पकड़ेगी")."""
    questions: tuple[str, ...] = ()
    """A sentence that opens with one asks, and reports no act ("क्या आरोपी ने …?")."""
    message_words: tuple[str, ...] = ()
    """Words of text messages: obscene messages sent ("अश्लील मैसेज भेजे") are sexual
    harassment and grooming of the child (POCSO s.11, IT Act s.67B(c)), not material."""
    age_words: tuple[str, ...] = ()
    """"वर्षीय" (-year-old): a number under eighteen before one names a child ("15 वर्षीय
    किशोरी"); so does one after ``age_cues`` ("उम्र 14 साल") or before ``age_units`` and a
    link and one of ``persons`` ("16 साल की लड़की")."""
    young_numbers: tuple[str, ...] = ()
    """The numbers from one to seventeen in words ("पंद्रह", fifteen): an age in words, read
    as the digits are ("पंद्रह वर्षीय किशोरी")."""
    age_units: tuple[str, ...] = ()
    age_cues: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    agentive_participles: tuple[str, ...] = ()
    """Hindi's agentive participle ("वाले", "वाला"; "… अश्लील वीडियो बेचने वाले युवक को"): with one
    after a conduct word in its clause, the act belongs to the one the participle names, not to
    the police who arrested him ("पुलिस ने व्हाट्सएप ग्रुप बनाकर … शेयर करने वाले युवक को गिरफ्तार
    किया"; review 2026-12-09a H2)."""
    agentive_participle_endings: tuple[str, ...] = ()
    """Marathi's agentive participle, an ending ("विकणाऱ्या", "पसरवणारा")."""
    generic_agentive_endings: tuple[str, ...] = ()
    """Marathi's agentive participle as a plural noun with its case ("पसरवणाऱ्यांवर", on those
    who spread): with a modal later in its sentence and no arrest, said of anyone ("… कठोर कारवाई
    झाली पाहिजे"); not the singular before its noun ("… करणाऱ्या तरुणाला अटक", the youth who …;
    review 2026-12-29a M5)."""
    arrest_words: tuple[str, ...] = ()
    """Words of an arrest after the one an agentive participle names ("… भेजने वाले शिक्षक को
    गिरफ्तार किया"), anywhere in its sentence after it: the group of children or students an
    owner's word names before is then his (reviews 2026-12-10b M2, 2026-12-11a M5)."""
    object_mark: str = "को"
    """The mark of the one an arrest is done to ("… शिक्षक को गिरफ्तार किया")."""
    arrest_not_before: tuple[str, ...] = ()
    """Words of a threat or a purpose before an arrest word ("ताकि", "चेतावनी"): no arrest
    was made (review 2026-12-11b M1)."""
    arrest_not_after: tuple[str, ...] = ()
    """Words right after an arrest word that make it no arrest made ("गिरफ्तार करने की
    चेतावनी", "गिरफ्तारी के प्रयास")."""
    arrest_group_owners: tuple[str, ...] = ()
    """Owners besides the child words whose group the arrested may have made (students,
    "छात्रों"); a group of parents, villagers or informers stays the police's (review
    2026-12-11a M4)."""
    conjunctive_endings: tuple[str, ...] = ()
    """The ending of a conjunctive participle ("बनाकर", made and …): a comma right after one
    ends no clause, so an agentive participle past it still names the group's maker
    ("पुलिस ने व्हाट्सएप ग्रुप बनाकर, … बेचने वाले युवक को पकड़ा"; review 2026-12-10a M7)."""
    genitive_marks: tuple[str, ...] = ()
    """The genitive postpositions ("का", "की", "के"): a group word right after one with an owner
    before it is that owner's group ("अभिभावकों का व्हाट्सएप ग्रुप", the parents'), made by the
    sentence's subject, the police (review 2026-12-10a M7)."""
    others_do: tuple[ConductId, ...] = ()
    """The conducts police, courts, victims or parents may do lawfully (viewing, sending to the
    police, deleting): only these are refused when one of ``not_actors`` is their subject
    ("पुलिस ने वीडियो फोरेंसिक लैब को भेज दिया"); producing, selling, uploading and material
    recovered are the accused's whoever reports them."""
    offenders: tuple[str, ...] = ()
    """Words for the accused ("आरोपी"): "आरोपी के पिता ने" is the accused's father, and "आरोपी पर
    … करने के 2 मामले" the accused's own cases, not a statistic."""
    identity_words: tuple[str, ...] = ()
    """"पहचान" (identity): with one of ``identity_reveal`` within three words after it ("पहचान
    उजागर कर दी", revealed the identity), a child's identity disclosed (POCSO s.23), not abuse
    material (read by ``HindiConductReader.reveals_identity``)."""
    identity_reveal: tuple[str, ...] = ()
    identity_names: tuple[str, ...] = ()
    """A victim's name ("नाव", "नाम"), joined to a photo (``identity_pictures``), within four
    words after a word beginning with one of ``identity_victims`` ("पीडितेचे फोटो आणि नाव", the
    victim's photo and name) and before a word
    beginning with one of ``identity_spread`` within six words ("… व्हाट्स अप्प ग्रुप वर
    प्रसारित केल्या", circulated on a WhatsApp group), a child's identity disclosed (survey of
    unseen Marathi pages, 2027-01-12)."""
    identity_victims: tuple[str, ...] = ()
    identity_spread: tuple[str, ...] = ()
    identity_joins: tuple[str, ...] = ()
    """The words that join a victim's name and photo ("और", Marathi "आणि")."""
    identity_pictures: tuple[str, ...] = ()
    """With ``identity_names``: the photo a victim's name is joined to ("नाम और फोटो"); a video
    is not among them (review 2027-01-12b H5)."""
    sexual_acts: tuple[str, ...] = ()
    """Words of a sexual act ("दुष्कर्म", rape): with one of ``act_verbs`` within two words
    after ("दुष्कर्म किया"), the act told, whose material is abuse material even where an
    identity is disclosed."""
    act_verbs: tuple[str, ...] = ()
    event_words: tuple[str, ...] = ()
    """Words for an event ("घटना") that may stand between a sexual act and its material: "दुष्कर्म
    की घटना का वीडियो" is a video of the rape."""
    online: tuple[str, ...] = ()
    """Words of an online setting ("इंस्टाग्राम", "सोशल मीडिया"): a term with ``material =
    "online"`` ("दोस्ती", befriending) needs one near it (IT Act s.67B(c): an online
    relationship)."""
    window: int = 5
    object_reach: int = 8
    """How many words back a conduct word's material may stand (Hindi's object before its
    verb, with a place or a means between)."""
    grammar: DevanagariGrammar = DevanagariGrammar()
    """The small words of grammar the reader reads a conduct word's clause by."""


class Frame(Frozen):
    """Conduct said with words between its verb and its object ("threatened to make the photos
    public", "start chatting with children", "found eight obscene videos on his phone"): a
    ``triggers`` word, then an ``objects`` word within ``window`` words of the same sentence.
    With ``needs_child`` the sentence must also name a child (``child_markers``). With
    ``replaces_object`` a conduct the object word names on its own is not reported: "threatened
    to circulate" is sextortion, not circulation. With ``between``, one of those words must
    stand between them."""

    conduct: ConductId
    triggers: tuple[str, ...]
    objects: tuple[str, ...]
    window: int = 5
    needs_child: bool = False
    replaces_object: bool = False
    between: tuple[str, ...] = ()
    """Words one of which must stand between the trigger and the object ("took some
    objectionable photographs": a photograph taken is not conduct, an objectionable one is)."""
    not_between: tuple[str, ...] = ()
    """Words none of which may stand between the trigger and the object ("seeking a complete
    ban on porn sites" seeks no porn)."""
    lifted_by: tuple[str, ...] = ()
    """Verbs of keeping that lift a :attr:`not_between` word before them past a comma: the
    refused word stood in an aside before the frame's own verb ("His phone, used to send
    messages to her, contained 40 obscene videos"; not "the phone number, which he had used to
    send obscene videos", nor "used his phone to send messages with obscene photos", whose
    "with" is the message's; reviews 2026-12-27e M8, 28c M3)."""
    refuses_owners: bool = False
    """Refused when the thing belongs to one of :attr:`AnalysisConfig.not_owners`: "the
    victim's phone" right before the trigger, or where a passive frame's material came from."""
    of_head: bool = False
    """A passive frame's subject may be the word before an "of" phrase ("photos of the minor
    were recovered"): for material, not for groups ("a group of volunteers was formed")."""
    agent_acts: bool = True
    """Whether the frame's agent did the conduct: the agent after a passive trigger's "by" ("a
    group created by the police" is no offence) or the subject before an active one ("the
    police created a group"); not so for material found ("videos recovered by the police",
    "Police recovered 1,200 CSAM files": the material was the accused's)."""
    clause_bound: bool = False
    """The object is looked for only in the trigger's clause: no ``subject_stops`` word between
    ("made a complaint after the video went viral" is no video made viral)."""
    over_lexicon: bool = False
    """The trigger may be a word of the lexicon ("sent"): where the frame is read, it replaces
    the lexicon's reading of that word ("sent obscene messages to the 14-year-old girl" is
    grooming, not sharing; "sent obscene messages to the minor girl's mother" is neither, text
    messages to an adult). Only with :attr:`child_recipient`."""
    child_recipient: bool = False
    """A child must receive what the trigger sends: a child word after "to" within four words
    past the object ("… messages to the 14-year-old girl"), or between trigger and object ("sent
    the minor obscene messages"), not a child's possessive ("to the minor girl's mother"). One
    of :attr:`keeps_trigger_with` between trigger and recipient, or "of" right after the object
    ("obscene messages of the minor"), means material was sent, and the frame is not read."""
    not_recipients: tuple[str, ...] = ()
    """With :attr:`child_recipient`: adults and bodies that receive what is sent, before a
    child word or right after it ("to the parents of the minor girl", "to the Child Welfare
    Committee"): the child does not receive it."""
    keeps_trigger_with: tuple[str, ...] = ()
    """Material words that keep the trigger's own conduct (see :attr:`child_recipient`): "sent
    obscene messages and photos of the minor to her father" is sharing."""
    sends_material: bool = False
    """With :attr:`child_recipient`, the object is material ("sent obscene photos to the
    13-year-old girl": shown to the child, POCSO s.11(iii)): sent to anyone else, or by a child,
    or the material of a child ("obscene photos of the minor", "her nude photos"), the trigger
    keeps its own reading (sharing) instead of losing it as plain messages to an adult do."""
    own_material_verbs: tuple[str, ...] = ()
    """With ``replaces_plain_material``: verbs of making material ("filmed", "recorded") that,
    earlier in the trigger's sentence after a child's word, make the material sent the child's
    own ("He filmed the 14-year-old girl in the shower and later sent the obscene videos to
    her"): the sharing stays (review 2027-01-12c H4)."""
    replaces_plain_material: bool = False
    """With :attr:`sends_material`: where the material sent names no child (no child word
    between the trigger and the object, nor in the four words after the object: "sent obscene
    videos to the 13-year-old girl", not "sent obscene videos of minors to her"), the frame's
    reading replaces the trigger's own (sharing): adult obscene material shown to a child is
    POCSO s.11(iii) and IPC s.293 / BNS s.295, not IT Act s.67B(a)/(b) or POCSO s.15(2), which
    need material depicting or involving a child (the dev labels read it so throughout)."""
    child_in_previous_sentence: bool = False
    """With ``needs_child``: a child named in the sentence before counts too ("The teacher
    secretly recorded the minor students. Each device contained about 1,000 images and several
    hundred videos": the devices' material is the children's)."""
    child_earlier_in_text: bool = False
    """With ``needs_child``: a child named in any earlier sentence of the text counts too. A
    report tells of its victim first and of what was done after: "A 12-year-old girl was
    allegedly raped by her neighbour … The accused also made a video of the act", "… forced
    himself upon her … they also made a video and made it viral" (the dev corpus's misses,
    2027-01-17): the video made is of the child the report is about."""
    not_after: tuple[str, ...] = ()
    """Words right after the object that make it another thing: "made video calls" made calls,
    not a video."""
    threat_only: bool = False
    """Read only where a threat says the conduct will be done, as sextortion ("would post it on
    social media if she did not keep quiet"): a verb whose other senses are many ("post it for
    hearing", "said she would post the video to shame the accused")."""
    not_after_unless: tuple[str, ...] = ()
    """Words after a :attr:`not_after` word that make the phrase material again: "made a video
    call recording of the minor girl" recorded the call."""
    of_heads: tuple[str, ...] = ()
    """When given, an "of" after the object (past a noun it ends in: "a video recording of")
    must name one of these, a child's word or an age under ``child_age_below`` (past
    determiners, numbers, a class, an adjective and a possessive pronoun, up to a comma; a
    possessive names the thing it owns; a pronoun is refused when the nearest person before it
    is one of ``topic_adults``): a child, a victim or a sexual act ("made a video of the
    incident", "took pictures of girl children"); material of anyone or anything else is none
    made of a child ("shot a video of the accused", "made videos of the protest", "took photos
    of her injuries", "made a video of the woman"). A reflexive ("of herself", "of himself")
    names the maker's own picture unless a child or an act follows within five words ("shot a
    video of himself abusing the minor")."""
    situation_words: tuple[str, ...] = ()
    """Words of abuse or of the pictures spread, one of which must stand in the frame's
    sentence when its child was named only in an earlier sentence and no "of" phrase says what
    the pictures are of ("they also made a video and made it viral"; not "Her father made videos
    appealing for help"); and, with :attr:`situation_with_child`, when the sentence names the
    child itself."""
    situation_with_child: bool = False
    """A picture taken of a child named in the frame's own sentence needs a
    :attr:`situation_words` word too: it is no offence unless the sentence says how ("took
    photos of her while she bathed"; not "Her father took pictures of the girl at the school
    annual day")."""
    not_subjects: tuple[str, ...] = ()
    """Words that, within six words before the trigger in its clause (read back no further
    than a mark of punctuation, a relative, a reporting verb, "arrested … for", a pronoun or a
    doer of the case), name a maker whose pictures are no offence: a doctor, a forensic team,
    the media, a crowd ("Doctors at the district hospital took photos …", "Reporters took
    photos outside the court"); not when the case's doer stands beside them ("The accused and
    two villagers made videos …")."""
    child_object: bool = False
    """The person the trigger acts on, before its ``between`` word, is a child ("forced the
    15-year-old girl to send", "persuaded her to share"), with no negator ("ask their children
    not to send"): not another person asked to pass a child's material on ("asked his friend
    to send the minor's video")."""
    subject_before: tuple[str, ...] = ()
    """When given, one of these words must stand within four words before the trigger, in its
    sentence: the passive's subject ("the minor's images were allegedly used for pornographic
    purposes"; not "her phone was used for …"; review 2026-12-11b M10)."""
    passive: bool = False
    """The object is the subject of a passive trigger: right before it ("channels run by the
    accused", which then needs "by" after the trigger) or with only ``passive_between`` words
    between ("the group was created to share videos", "videos of minors were found"), and not
    inside a prepositional phrase ("the content shared in the WhatsApp groups was created": the
    content was, not the groups); an agent after "by" that is an agency or another of
    ``lawful_agents`` ("channels run by the state") makes it no offence."""


class NotObject(Frozen):
    """Words that, as the object of a conduct word, show it is not abuse material: information
    passed on ("details were shared with the police"), a child's identity published (its own
    offence, POCSO s.23), a statement or a number of cases recorded. One of ``objects`` within
    ``after`` words after the conduct word and before any material word (the first noun is the
    object: "shared the videos, causing panic" is sharing), or ``before`` words before it ("her
    statement was recorded"), in the same sentence, and the conduct word (of one of
    ``conducts``) is not reported."""

    conducts: tuple[ConductId, ...]
    objects: tuple[str, ...]
    after: int = 4
    before: int = 0
    after_material_list: bool = False
    """An object word before the conduct word refuses nothing when it ends a list joined by
    "and" to material ("videos of the minor and her personal details uploaded")."""
    before_joined: bool = False
    """An object word before the conduct word refuses only when nothing but spaces stands
    between them, as a compound's first word does ("a call recording"; not "sexually explicit
    acts over video calls, recording the same")."""
    before_clear_of_doers: bool = False
    """An object word before the conduct word refuses nothing when a doer stands between them
    (one of ``charged_persons``, or a capitalised word, not after a preposition: "Letters from
    the NCPCR were sent" keeps the refusal) or material follows the conduct word in its clause
    before any "to" ("Police have proof the tutor uploaded …", "After a few messages the
    accused shared a nude video …"; not "Notices were sent to Instagram to remove the obscene
    videos"; reviews 2026-12-14f H5, 14g H4, H5, 2026-12-15a H6)."""
    clear_of_material: bool = False
    """The object word refuses only when no material word follows in the clause: "sent a notice
    to the platform" is no sharing, "sent letters with obscene photographs of the girl" is."""
    clear_past_clause: bool = False
    """With ``clear_of_material``: material anywhere in the words read after the conduct word
    keeps it, not only in its clause ("shared what he claimed were nude photos of the minor" is
    sharing; "shared what the accused had done with her mother" is not; review 2026-12-10a
    H2)."""
    clear_to_comma: bool = False
    """With ``clear_past_clause``: the words read after the conduct word end at a comma or a
    relative "who" ("shared what had happened with her parents, who found obscene photos …";
    review 2026-12-10b M5); without it they run on ("kept them, along with obscene videos of
    children, on his laptop"; review 2026-12-10d M4)."""
    plain_heads: tuple[str, ...] = ()
    """With ``clear_of_material``: nouns that, right after an object word, are what it
    qualifies ("uploading abusive content", "posted derogatory posts"), not material that keeps
    the conduct, unless the clause names a child or calls the material sexual ("sharing abusive
    content of minors", "abusive and obscene videos"; survey of unseen English pages,
    2027-01-12: "uploading abusive content" was read as an upload)."""
    kept_by: tuple[str, ...] = ()
    """With ``clear_of_material``: words that keep the conduct as material would ("shared what
    he had recorded": the recording is the material; review 2026-12-10b M5)."""
    kept_by_within: int | None = None
    """When given, a ``kept_by`` word keeps the conduct only within this many words after an
    object word ("shared what he had secretly recorded", "what his friend had filmed"), and
    only when the one who shares is none of ``kept_by_not_sharers`` (reviews 2026-12-10d M5,
    2026-12-11b M5)."""
    kept_by_family_sharers: tuple[str, ...] = ()
    """Sharers who tell what another recorded when that other is named ("Her father shared what
    the accused had recorded with the police"; not "her brother shared what he had recorded",
    a pronoun that may be his own; review 2026-12-11d H7)."""
    kept_by_recorder_pronouns: tuple[str, ...] = ()
    """The words between "what" and a recording that name no other recorder ("he", "had")."""
    kept_by_not_sharers: tuple[str, ...] = ()
    """Sharers who tell what another recorded: a victim or her family ("the girl shared what
    her uncle had shot with her mother"); their sharing of "what …" is no material shared."""
    unless_after: tuple[str, ...] = ()
    """Words within five words after the conduct word that make the rule refuse nothing: a
    place for files ("kept them in a hidden folder", "saved them in his laptop"; review
    2026-12-10b H2)."""
    unless_material_before: bool = False
    """The object word refuses nothing where material is named earlier in the conduct word's
    sentence ("downloaded the obscene videos … and kept them in his laptop" is storing; "lured
    the two minor girls and kept them in his house" is not; review 2026-12-10a H1)."""
    clear_of_sexual_material: bool = False
    """The object word refuses only when no word that calls material sexual ("obscene",
    "nude") follows in the clause: "leaked the name and photo of the minor rape survivor" is
    her identity disclosed, "shared the name and obscene photos of the minor" is sharing."""
    topic_words: tuple[str, ...] = ()
    """With ``clear_of_sexual_material``: words after which sexual words name the object's topic,
    not what it bears ("leaflets about child pornography laws" refuse; "leaflets bearing obscene
    pictures of the girl" do not)."""
    not_between: tuple[str, ...] = ()
    """With ``after_preposition``: people whose institution it is when they stand between the
    preposition and the object word or right after it ("to inmates of the jail", "to the
    shelter home girls"): what is sent to them is shared."""
    after_preposition: tuple[str, ...] = ()
    """When given, an object word counts only within four words after one of these, anywhere in
    the ``after`` words, material named first or not: "sent the seized videos for forensic
    examination", "sent to an observation home" ("sent the hospital staff obscene videos" is
    sharing)."""
    preposition_reach: int = 4
    """With ``after_preposition``: how many words after the preposition the object word may
    stand ("posted at the Raisarana government senior secondary school", a teacher's posting;
    survey of unseen English pages, 2027-01-16)."""
    preposition_first: bool = False
    """With ``after_preposition``: the preposition must be the first word after the conduct
    word ("posted at the … school"; not "posted the obscene videos in the hostel of the
    university", material named first; review 2027-01-16a H6)."""
    not_after: tuple[str, ...] = ()
    """Words (prepositions) after which an object word is no object of the conduct word but
    its purpose or place: "made child pornography videos for a website" is producing, "created
    a website" is not (review 2026-12-08c M3)."""
    not_after_needs_material: bool = False
    """With ``not_after``: a preposition ends the object only where the material is named in
    the conduct's own words or right before them ("made child pornography videos for a
    website"); "generated revenue through websites" names none (review 2026-12-09a M4)."""
    after_count: bool = False
    """The object word refuses only where a count (a numeral, or a number word of two or more)
    stands among the first four words after the conduct word, before the object word: a
    statistic ("India recorded an average of 87 rape cases", "has recorded 520 POCSO cases");
    "recorded the minor girl bathing and two cases were registered" names the girl first."""
    triggers: tuple[str, ...] = ()
    """When given, the rule reaches only these conduct words: "posted at a government school"
    (an officer's or a teacher's posting) is no upload, "uploaded the videos at a cyber cafe"
    is."""


class NeededSetting(Frozen):
    """Words that make a conduct word (one of ``triggers``, of one of ``conducts``) an offence
    only in a setting its provisions name: a child lured, enticed or befriended is grooming only
    where its sentence also says it was online or for images (IT Act s.67B(c) "online
    relationship", POCSO s.11(vi) "for pornographic purposes"). Without one of ``words`` in the
    sentence the conduct word is not reported."""

    conducts: tuple[ConductId, ...]
    triggers: tuple[str, ...]
    words: tuple[str, ...]
    sentences_before: int = Field(default=1, ge=0, le=2)
    """How many sentences before the conduct word's may name the setting too."""
    sentences_after: int = Field(default=0, ge=0, le=2)
    """How many sentences after the conduct word's may name the setting too ("… tried to extort
    money. They threatened to release the video …")."""
    across_lines: bool = False
    """Whether those sentences are counted across line breaks (a headline and the story's
    first lines); otherwise a sentence on another line is not read."""
    report_triggers: tuple[str, ...] = ()
    """Of ``triggers``, those that count only where the report also names one of
    ``report_words`` anywhere: a child's acquaintance made online ("got acquainted with …
    on a social media platform", "came into contact with the minor girl through Snapchat") is
    grooming only in a report of a sexual offence (IT Act s.67B(c): an online relationship "for
    and on sexually explicit act"); online contact told before a trafficking is not."""
    report_words: tuple[str, ...] = ()
    """The words of which ``report_triggers`` need one in the report."""
    report_helpers: tuple[str, ...] = ()
    """Those on either side of an acquaintance who are no offender and no child ("came in
    contact with the police", "… with her mother", "… with a 35-year-old woman"): one of them
    among the six words after a trigger of ``report_triggers``, or the three before it, refuses it
    (review 2027-01-11 D1, D2)."""

    @model_validator(mode="after")
    def _report_triggers_are_triggers(self) -> Self:
        """Every one of ``report_triggers`` is one of ``triggers``, and has words to need."""
        stray = sorted(set(self.report_triggers) - set(self.triggers))
        if stray:
            raise ValueError(f"report_triggers not among triggers: {', '.join(stray)}")
        if self.report_triggers and not self.report_words:
            raise ValueError("report_triggers need report_words")
        return self


class RefusingSetting(Frozen):
    """Words that make a conduct word (one of ``triggers``, of one of ``conducts``) no offence of
    that conduct in the setting its sentence names: money said with a threat is extortion, not
    trade ("blackmailed the minor for money" is sextortion, not selling CSAM: IT Act s.67B(a)
    reaches one who "sells" material; a demand backed by a threat is extortion, IPC s.383 and
    BNS s.308). With one of ``words`` in the conduct word's sentence it is not reported."""

    conducts: tuple[ConductId, ...]
    triggers: tuple[str, ...]
    words: tuple[str, ...]


class SubjectWords(Frozen):
    """The words that tell a sentence's subject from a noun inside a phrase, for the rules that
    ask whether a past verb was told of a doer (``[analysis.subject_words]`` in
    ``data/conduct.toml``; reviews 2026-12-14e, f and g)."""

    clause_subject_heads: tuple[str, ...] = ()
    """Words that open a new clause's subject after ", and" ("…, and the tutor shared …")."""
    material_phrase_openers: tuple[str, ...] = ()
    """Words that open a material's phrase before a person's noun ("material involving a
    girl"): the noun is what the material shows, no doer."""
    material_of_heads: tuple[str, ...] = ()
    """Material nouns whose "of" opens a material's phrase ("videos of minors"; not "all of
    them"); also the material after a verb that keeps an object word before it from refusing
    the act ("After a few messages the accused shared a nude video")."""
    not_material_phrase_words: tuple[str, ...] = ()
    """Pronouns that never stand in a material's phrase ("all of them")."""
    not_before_names: tuple[str, ...] = ()
    """Prepositions of material or place before a capitalised word that make it no name
    ("images of CSAM", "content on WhatsApp")."""
    place_prepositions: tuple[str, ...] = ()
    """Prepositions of place or origin after a subject ("Rahul Patil from Thane"): the subject
    stands before them."""
    purpose_verbs: tuple[str, ...] = ()
    """Verbs after "to" that make what follows a purpose, not the material sent ("Notices were
    sent to Instagram to remove the obscene videos"): such material does not make an object
    word's sending an act."""


class DatedEvent(Frozen):
    """An event a report may name, with the day it began and where that day was read: a
    yearless dateline of a text that names it is placed on or after that day ("… lost his job
    during the pandemic-induced lockdown", dated "Lucknow, January 11")."""

    event: str
    """What it is, in words for people ("the COVID-19 pandemic in India")."""
    began: dt.date
    words: tuple[str, ...]
    """The words that name it, as words of their own ("COVID-19", "coronavirus")."""
    source: Source


class PayerWords(Frozen):
    """The words that name who a court tells to pay money it orders (``[analysis.payers]``):
    the accused (CrPC s.357(3), BNSS s.395(3): "directed him to pay Rs 5 lakh as
    compensation"), the State (POCSO Act s.33(8) with the POCSO Rules, 2020, r.9; CrPC s.357A,
    BNSS s.396), and the subject pronouns of a passive order ("He was directed to pay")."""

    accused: tuple[str, ...] = ()
    """Words for the accused told to pay: a pronoun, a party's name in the case ("the
    petitioner"), a person by occupation or relation ("the teacher", "the uncle")."""
    state: tuple[str, ...] = ()
    """Words for the State told to pay ("the state government", "the DLSA")."""
    institutions: tuple[str, ...] = ()
    """Words for an institution, which make a payer phrase with a person's word in it none of
    the accused's: "the school principal" is told to pay as the school's head."""
    not_accused: tuple[str, ...] = ()
    """Words for one told to pay who is no accused ("the complainant woman", "the victim's
    mother"): they win over ``accused``."""
    subject_pronouns: tuple[str, ...] = ()
    """Pronouns that, as a passive order's subject, name the accused."""


class ExecutiveWords(Frozen):
    """The words by which a report tells that the executive, not a court, changed or imposed a
    penalty (``[analysis.executive]``): a remission, commutation or pardon is the executive's
    power (CrPC ss.432-433, BNSS ss.473-474; Constitution arts.72, 161), and a fine a
    government or a municipal body levies is no sentence a court passed."""

    bodies: tuple[str, ...] = ()
    """English names of the executive as the one that changed a sentence, right after its new
    term ("commuted to life imprisonment by the Centre in 2019", "by the jail authorities")."""
    means: tuple[str, ...] = ()
    """The executive's means of changing a sentence ("under the state's remission scheme",
    "through presidential clemency")."""
    party_words: tuple[str, ...] = ()
    """Words right after a body that make it a party to a court's case, not the agent ("by the
    state government's counsel", "on an appeal by the government's advocate")."""
    court_words: tuple[str, ...] = ()
    """Words of a court that no executive phrase may pass over ("by the High Court on an appeal
    by the state government" is the court's)."""
    hindi_bodies: tuple[str, ...] = ()
    """Hindi executive bodies as a penalty's subject with "ने" ("नगर निगम ने", "सरकार ने")."""
    hindi_penalty_verbs: tuple[str, ...] = ()
    """Hindi active verbs of levying a penalty ("लगाया", "वसूला", "ठोका"); a space stands for a
    space. Not a sentencing verb, and never in the passive."""
    hindi_court_words: tuple[str, ...] = ()
    """Hindi words of a court: a sentence that names one is not read as the executive's."""


class SentenceWords(Frozen):
    """The words by which the punishment reader tells a stop after an initial from a sentence's
    end (``[analysis.sentences]``): a punishment is read with the court and the provision its
    own sentence names, so "Justice N. Anand Venkatesh reduced his sentence …" must stay one
    sentence, and "… in the U.S. The accused …" must be two."""

    titles: tuple[str, ...] = ()
    """Titles before a name whose initial's stop ends no sentence ("Justice", "Dr", "Shri"):
    letters only, each a whole word."""
    openers: tuple[str, ...] = ()
    """Capitalised words that open a sentence and so are no name after initials ("The",
    "Police", "However"): letters only."""
    wrap_ends: tuple[str, ...] = ()
    """Small words a line may end in inside a sentence, where a PDF or a court order's copy
    wraps it ("sentenced the accused to", a line break, "ten years …"): words that end no
    clause."""
    wrap_not_next: tuple[str, ...] = ()
    """Words that, opening the line after one of ``wrap_ends``, open a new sentence
    ("section", "he")."""


class CrossReferenceWords(Frozen):
    """The words by which statute text cites a section for what that section speaks of, not as
    the provision a punishment is of (``[analysis.cross_references]``): "any such obscene object
    as is referred to in section 294, … shall be punished …" states BNS s.295's punishment, not
    s.294's, and "a child as defined in section 2(d)" names no punishment of s.2."""

    verbs: tuple[str, ...] = ()
    """The words after "<word> as" (or "as is", "as are") and before "in section N" that cite
    the section for its words ("referred to", "defined"); a space stands for any run of
    spaces."""
    provision_words: tuple[str, ...] = ()
    """Words of a punishment or an offence before "as": with one of them the section is the one
    the punishment is of ("punished as specified in Section 14", "the offence as defined in
    Section 67B"). Letters only, matched whole and in any case."""


class ScamWords(Frozen):
    """The English words that tell of a scam in a sentence (``[analysis.scam]``), where a
    punishment stated is compared with no law: the scam's words ("The fraudsters told him he
    would be jailed for 10 years under Section 67B"), a court's sentence of the scam's people
    and the police's statement of the law are told in the same words there (reviews
    2026-12-28c to 2026-12-30f). The Hindi and Marathi words are in ``[analysis.devanagari]``
    (``threat_speakers`` …). A space inside a phrase stands for any run of spaces or a hyphen
    ("digital arrest", "digital-arrest"); every word is matched whole, in any case."""

    tell: tuple[str, ...] = ()
    """Words and phrases that, anywhere in a sentence, tell of a scam: its people
    ("fraudsters", "con artists"), the scam ("digital arrest", "sextortion" …), one posing as
    another ("posing", "claimed to be", "in a police uniform"), one who phones ("called him",
    "phone call")."""
    tell_stems: tuple[str, ...] = ()
    """Beginnings of words that tell of a scam whatever their ending ("impersonat":
    impersonated, impersonation; "extortion": extortionist)."""
    not_before: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """A word of ``tell`` → beginnings of the words that, right after it (a space or a hyphen
    between), make it tell of none ("gang" before "rape": a gang rape is no scam)."""
    fake_words: tuple[str, ...] = ()
    """Words calling a hearing or a court fake ("mock", "sham", "staged"), read before one of
    ``hearing_words`` at most two words on ("a fake virtual court hearing")."""
    hearing_words: tuple[str, ...] = ()
    """A hearing, a trial or a court (``fake_words``)."""
    reporting: tuple[str, ...] = ()
    """Words that report what one said ("said", "told", "warned"): where a payment is a
    threat's condition (``conditions``), every punishment after the first of them is the
    threat's."""
    threaten_verbs: tuple[str, ...] = ()
    """Forms of "threaten", which report a threat when one of ``threaten_links`` follows at most
    two words on ("threatened him with", "threatening the girl to")."""
    threaten_links: tuple[str, ...] = ()
    """The words after a form of ``threaten_verbs`` ("with", "to")."""
    conditions: tuple[str, ...] = ()
    """Words that open a condition ("unless", "if"): with one of ``pay_words`` within 40
    characters of the same sentence after it ("unless she paid …"), a payment is the
    condition of a threat reported."""
    pay_words: tuple[str, ...] = ()
    """Forms of "pay" (``conditions``)."""
    openers: tuple[str, ...] = ()
    """Words that open a sentence with people the sentence before named ("They", "He", "The
    callers"): after a sentence that tells of a scam, its people speak on ("The fraudsters
    called him. They told him …"; review 2026-12-30f H3)."""
    story: tuple[str, ...] = ()
    """Words that, anywhere in a report, tell of a scam of the kind that threatens its victims
    with the law ("fraudsters", "scam", "digital arrest"): in such a report no punishment
    stated is compared, whatever its sentence, since the scam's threat may be told across
    sentences, in quotation or in words no list holds (review 2026-12-31b H3 to H5)."""
    posing_words: tuple[str, ...] = ()
    """Words of one posing as another ("posing as", "claiming to be", "dressed as"): before one
    of ``officials`` at most two words on ("posing as CBI officers"), they tell of such a scam
    in a report (``story``); one posing as a girl on Instagram does not."""
    officials: tuple[str, ...] = ()
    """Officials and bodies one may pose as ("police", "officer", "judge", "CBI"): after one
    of ``posing_words`` or ``fake_words`` (``story``)."""
    not_after_officials: tuple[str, ...] = ()
    """Words after a fake official's word that make the phrase no official ("a fake police
    encounter", "a fake police case"; review 2026-12-31d M1)."""
    claim_words: tuple[str, ...] = ()
    """Words of one claiming to be another ("said he was", "claimed he was"), which tell of such
    a scam only before one of ``agencies`` at most two words on ("said he was a CBI officer";
    not "said he was a police constable", told of a real one; review 2026-12-31d H1)."""
    agencies: tuple[str, ...] = ()
    """The agencies scams pose as ("CBI", "ED", "NCB", "customs", "crime branch")."""

    @field_validator(
        "tell",
        "tell_stems",
        "fake_words",
        "hearing_words",
        "reporting",
        "threaten_verbs",
        "threaten_links",
        "conditions",
        "pay_words",
        "openers",
        "story",
        "posing_words",
        "officials",
        "not_after_officials",
        "claim_words",
        "agencies",
    )
    @classmethod
    def _no_blank(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        # (an empty word would match every sentence: review 2026-12-31b L2)
        if any(not word.strip() for word in value):
            raise ValueError("a word of [analysis.scam] is empty")
        return value

    @model_validator(mode="after")
    def _not_before_told(self) -> Self:
        told = {word.lower() for word in self.tell}
        for word, after in self.not_before.items():
            if word.lower() not in told:
                raise ValueError(f"not_before names {word!r}, which is not a word of tell")
            if any(not following.strip() for following in after):
                raise ValueError(f"not_before of {word!r} has an empty word")
        return self


class AnalysisConfig(Frozen):
    """How ``lawref analyze`` tells offending conduct from words that only look like it
    (``[analysis]`` in ``data/conduct.toml``)."""

    not_conduct: tuple[str, ...] = ()
    negators: tuple[str, ...] = ()
    negation_window: int = 3
    negated_phrase_words: tuple[str, ...] = ()
    """Words that may stand between a negator and a conduct noun beyond ``negation_window``, in
    a noun phrase the negator opens ("without any actual or physical possession or storage of
    such material": both nouns denied; a report of judgment `just-rights-v-harish-2024`, survey
    of unseen English pages, 2027-01-13); with other conduct nouns of the phrase, joined by
    "or" or "and", and at most eight words back."""
    procedure_lettered_sections: tuple[str, ...] = ()
    """Lettered sections of the procedure Codes that reports cite with no Code named ("41A", the
    CrPC's notice of appearance): after an Act named before that lacks them, they are left
    unplaced, not read as a clause of that Act's section (IT Act s.41(a), BNS s.41(a))."""
    procedure_lettered_act: str = ""
    """The Act whose ``procedure_lettered_sections`` they are ("crpc-1973"): after any other
    Act named before, held or not ("… under Section 35 of the BNSS. … a notice under Section
    41A": the BNSS has no s.41A, its notice being s.35(3)), they are left unplaced."""
    not_objects: tuple[NotObject, ...] = ()
    needed_settings: tuple[NeededSetting, ...] = ()
    refusing_settings: tuple[RefusingSetting, ...] = ()
    prohibition_cues: tuple[str, ...] = ()
    """Words right before a conduct word that forbid it rather than report it: a court's
    injunction or an order to stop ("restrained the sharing of", "asked to refrain from
    posting")."""
    prohibition_verbs: tuple[str, ...] = ()
    """Verbs that forbid what follows "from" after them and their object, at most four words
    ("restrained the accused from uploading", "barred them from sharing")."""
    topic_cues: tuple[str, ...] = ()
    topic_window: int = 6
    near_topic_cues: tuple[str, ...] = ()
    """Topic cues that count only right before the conduct word, at most one word between and
    no comma ("a campaign against sextortion"; not "despite a ban on the app, he downloaded
    …")."""
    quoted_term_cues: tuple[str, ...] = ()
    """Words that, right before conduct words in quotation marks and nothing else, show the
    words are a term discussed, not an act told ("the interpretation of “possession” under
    Section 15", "also called “sextortion”")."""
    page_markers: tuple[str, ...] = ()
    """Words a page prints alone on a line as a marker or a button ("Advertisement", "Share")."""
    finite_doers: tuple[str, ...] = ()
    """Words right before a past verb that make it told of a doer ("the accused shared",
    "students who circulated"): its act stays whatever law is said of it after."""
    example_labels: tuple[str, ...] = ()
    """Labels that open an explainer's made-up case ("Example 1:", "Illustration:"): the line
    after one, and its own, tell no one's act."""
    provision_subject_heads: tuple[str, ...] = ()
    """Words a sentence about a provision opens with ("Section", "POCSO", "IT", "BNS"): with
    one of ``provision_verbs`` after them, the sentence states what the law does."""
    provision_clause_stops: tuple[str, ...] = ()
    """Words that open another clause before a provision's verb ("which", "as", "since")."""
    provision_verb_phrases: tuple[str, ...] = ()
    """Beside ``provision_verbs``, phrases of what a law does ("deals with", "applies to",
    "provides for"): the everyday verbs alone ("applies", "makes") tell a case too."""
    provision_gerund_verbs: tuple[str, ...] = ()
    """Verbs of what a law does only right before a gerund ("The POCSO Act makes storing child
    pornography a crime")."""
    heading_line_stops: tuple[str, ...] = ()
    """Words of a charge that make a sentence opening with a provision no heading line
    ("Section 67B … was invoked against the tutor for publishing or transmitting …")."""
    provision_after_stops: tuple[str, ...] = ()
    """Words that, between a provision's verb and the conduct word, open a clause of the case
    ("… applies to the tutor, who filmed …", "…, but the tutor had already circulated …")."""
    provision_general_doers: tuple[str, ...] = ()
    """Anyone, said of the law: a doer of these words after a provision's verb ("… when a person
    stored such material", "covers somebody's act of storing") is no case, as "the tutor"
    would be."""
    case_pronouns: tuple[str, ...] = ()
    """Pronouns that name a case's doer after one of ``provision_after_stops`` ("…, because he
    had filmed …"), beside the roles of ``charged_persons`` and names."""
    provision_reporting_verbs: tuple[str, ...] = ()
    """Verbs of a court or a speaker that, with "that" after them, open a reported clause in
    which a provision's words may stand first ("Justice X highlighted that the law is designed
    to target …"): ``Analyzer._about_a_provision``."""
    provision_verbs: tuple[str, ...] = ()
    """Verbs of what a law does ("creates", "covers", "targets", "declares", "prescribes")."""
    quoted_term_of_nouns: tuple[str, ...] = ()
    """Nouns of meaning before "of" that, right before conduct words in quotation marks, make
    them a term discussed ("the interpretation of “possession”")."""
    question_openers: tuple[str, ...] = ()
    """Words that open a question of the law ("Is watching child pornography a crime?", "Does
    only publishing … attract punishment?"): a conduct word in a sentence that opens with one
    and ends with "?", with no doer of ``question_doers`` in it, asks about the law."""
    question_law_phrases: tuple[str, ...] = ()
    """Phrases that make a question one of the law wherever they stand in it ("Sharing indecent
    photos on a WhatsApp group: is it legal in India?")."""
    question_law_words: tuple[str, ...] = ()
    """Words of the law that make a sentence opening with "whether" a question of the law
    without a question mark, as a court's or an explainer's issue is put ("Whether online
    grooming and coercion under POCSO are punishable"; survey of unseen English pages,
    2027-01-16)."""
    question_issue_labels: tuple[str, ...] = ()
    """Labels that may stand before such a "whether" ("Issue: Whether online grooming …")."""
    from_where_places: tuple[str, ...] = ()
    """Plurals of places in general that must stand right before "from where" for a present
    passive after it to be said in general ("identifying the districts from where …")."""
    from_where_case_words: tuple[str, ...] = ()
    """Words of a case (an arrest, a raid) that, anywhere in its sentence, keep an act told
    "from where" material is sent as the case's, not said in general."""
    question_doers: tuple[str, ...] = ()
    """Words of a particular doer that make a question one of a case ("Did he share the
    video?")."""
    question_case_words: tuple[str, ...] = ()
    """Words that make a question one of a case wherever they stand in it ("did", "could")."""
    question_past_acts: tuple[str, ...] = ()
    """Acts told in the past ("sold", "downloaded") that make a question one of a case right
    after one of ``question_past_act_doers`` ("Is this the man who sold …?"); not as adjectives
    ("Is sharing recorded videos … an offence?")."""
    question_past_act_doers: tuple[str, ...] = ()
    """Doers and relatives before such an act ("who", "he", "man", "gang")."""
    related_cues: tuple[str, ...] = ()
    """Topic cues of relation ("related to", "pertaining to") that name no topic after an
    arrest or a charge for offences ("arrested 95 people for offences related to the production
    … of child pornography": what they were arrested for), where one of ``charged_words``
    stands before them in the sentence, within twelve words of the conduct word."""
    charged_words: tuple[str, ...] = ()
    """Words of an arrest or a charge ("arrested", "booked", "held", "charged") that make a
    relation cue after them the charge's, not a topic's."""
    charged_passives: tuple[str, ...] = ()
    """Words of an arrest only in the passive, after one of ``charge_auxiliaries`` ("was held
    for offences related to …"; "a workshop was held … on cybercrimes related to …" fails on
    the words between)."""
    charge_auxiliaries: tuple[str, ...] = ()
    charged_persons: tuple[str, ...] = ()
    """Person nouns right before a passive charge word with no auxiliary, as headlines write
    it ("Man held for offences related to …")."""
    particular_doers: tuple[str, ...] = ()
    """The report's own doers as a court or a report names them after "by the" or "as the"
    ("by the accused", "as the petitioner did"): between a conduct word and a law's predicate
    they make the act the report's, not law in general (review 2027-01-14a H3)."""
    held_events: tuple[str, ...] = ()
    """Events named right before "was held", after the clause's last comma: then "held" is
    no arrest ("A workshop was held for students in connection with cases related to …";
    review 2026-12-11d H1)."""
    held_not_after: tuple[str, ...] = ()
    """Words right after "held" that make it no arrest: a ruling or a holding back ("were held
    liable", "was held in camera", "were held back"; review 2026-12-11a M3)."""
    charge_relatives: tuple[str, ...] = ()
    """Relative words: a charge word right after one, or past ``charge_active_auxiliaries``
    alone, is in an active relative clause and governs no cue ("the officer who had already
    arrested 40 people spoke on crimes related to …"; review 2026-12-10d M2)."""
    charge_active_auxiliaries: tuple[str, ...] = ()
    """Auxiliaries and adverbs of an active relative clause ("had", "already")."""
    that_complement_verbs: tuple[str, ...] = ()
    """Verbs after which "that" opens what was said, not a relative clause ("police said that
    they arrested the youth for …" is the charge; "the team that arrested the gang conducted
    a workshop on …" is not; review 2026-12-11a M1)."""
    clause_verbs: tuple[str, ...] = ()
    """Verbs and auxiliaries that open another clause after a relative's object ("who arrested
    the accused wrote a book on …", "… will address students on …"; review 2026-12-11f N3)."""
    charge_anchors: tuple[str, ...] = ()
    """A charge's words right before the relation cue it governs ("for offences", "on charges",
    "in a case", "in connection with cases"); among them one of ``charge_prepositions``."""
    charge_prepositions: tuple[str, ...] = ()
    charge_clause_stops: tuple[str, ...] = ()
    """Words that open another clause between a charge and the cue ("while", "whereas")."""
    charge_finite_verbs: tuple[str, ...] = ()
    """Verbs that open another clause between a charge and the cue when finite, with no
    preposition right after them ("the police conducted an awareness drive on …"; not "raids
    conducted across the state"; review 2026-12-11b H4)."""
    topic_list_cues: tuple[str, ...] = ()
    """Cues that open a list of topics ("topics such as", "issues like"): a conduct noun in that
    list, however far along it, is a topic ("critical topics such as safe and unsafe touch, the
    privacy of body parts, individual rights, grooming, and …"), while the list runs: items
    joined by commas, "and" or "or", with no other clause word (``subject_stops``) and no end
    of sentence between (at most ``topic_list_reach`` words)."""
    topic_list_reach: int = 30
    topic_list_ends: tuple[str, ...] = ()
    """Finite verbs and auxiliaries that end a list of topics ("… issues such as depression,
    was sharing …": the list ended at "was"; review 2026-12-09a M3)."""
    topic_list_doers: tuple[str, ...] = ()
    """Who an item of a list of topics is said to be done by, after "by" ("issues such as the
    sharing of the videos by the accused"): then the item is his act, not a topic."""
    topic_list_doer_pronouns: tuple[str, ...] = ()
    """Pronouns that do the same ("… by him"), only where the sentence before the item names
    none of ``general_people`` ("Students learnt about dangers such as the sharing of nude
    photos by them": the students', a topic)."""
    law_predicates: tuple[str, ...] = ()
    law_window: int = 14
    clause_words: tuple[str, ...] = ()
    recipient_words: tuple[str, ...] = ()
    agency_words: tuple[str, ...] = ()
    recipient_window: int = 6
    passive_words: tuple[str, ...] = ()
    origin_words: tuple[str, ...] = ()
    owner_words: tuple[str, ...] = ()
    platform_words: tuple[str, ...] = ()
    """Platforms and networks material comes from ("downloaded from Telegram"): after "from",
    like an owner word, they make a passive conduct word a particular act, not a statistic."""
    adult_markers: tuple[str, ...] = ()
    class_audience_groups: tuple[str, ...] = ()
    """A class's or a school's group named as where something was posted ("the class WhatsApp
    group", "the official group of Class 8 students"): with one of ``class_audience_material``
    and no child marker elsewhere in its sentence, the children are the audience of adult
    material, not in it (``Analyzer`` skips the sentence)."""
    class_audience_material: tuple[str, ...] = ()
    """Words of sexual material with no child in it ("porn", "obscene", "sexually explicit")."""
    class_audience_class_words: tuple[str, ...] = ()
    """Words that name a class by its number ("Class 5", "Std 8"): near such a post, a child's
    class, unless the group's own."""
    class_audience_about: tuple[str, ...] = ()
    """Words that tell what a picture shows or whom it harmed ("showed", "victim"): a child in a
    sentence near such a post counts only beside one, or a picture word, or "seen in it"."""
    class_audience_members: tuple[str, ...] = ()
    """A class's members ("pupils", "students"): near such a post, its audience, unless said to
    be in the material ("Pupils seen in the video …")."""
    class_audience_made: tuple[str, ...] = ()
    """Words that tell the material was made ("filmed", "morphed"): in the post's own sentence
    they keep the reading (the material is of someone, not adult pornography)."""
    class_audience_children: tuple[str, ...] = ()
    """Words beside ``child_markers`` that name a child who may be in such material ("girls",
    "classmate", "victim"): near one, the material may be of a child."""
    child_markers: tuple[str, ...] = ()
    child_context: tuple[str, ...] = ()
    child_age_below: int = 0
    general_verbs: tuple[str, ...] = ()
    """Verbs in the present after a conduct word that opens its sentence, which make it the
    conduct in general ("Morphing has become a child's play"), unless the sentence names a
    child."""
    gerund_general_verbs: tuple[str, ...] = ()
    """Verbs in the present that, after a conduct word in "-ing" opening its sentence and the
    rest of its noun phrase, say what the conduct does in general ("Sharing such clips
    victimises the children repeatedly"), a child named or not; "is" and "are" count only
    before a word in "-ing" ("Recording it on camera is documenting their violation")."""
    cleft_openers: tuple[tuple[str, ...], ...] = ()
    """The words that open a cleft sentence ("it is", "it's": "It's not just spreading obscene
    videos of children that's a crime"): with a law's predicate after its "that", the conduct
    word between is the law's."""
    statute_subjects: tuple[str, ...] = ()
    """Words of a sentence that speaks of no one in particular, as a statute does ("whoever",
    "any person", "punishable"): with a run of a provision's words, it restates the law."""
    holding_verbs: tuple[str, ...] = ()
    """Verbs of a court's holding before "that" ("held", "ruled"): a conduct word in the
    clause after them, with one of ``holding_predicates`` and no past verb, no pointer at the
    report's person ("the accused", "his") and no word of ``holding_persons``, is the law the
    court states ("The court held that viewing such material online without any actual or
    physical possession or storage of such material would also amount to possession in terms of
    Section 15", reports of judgment `just-rights-v-harish-2024`; survey of unseen English
    pages, 2027-01-13), not an act."""
    holding_predicates: tuple[str, ...] = ()
    holding_general_predicates: tuple[str, ...] = ()
    """Predicates of what the law says a kind of act does ("warrants", "promotes", "offence"),
    which state the law in a court's holding only where no "the", "this" or "these" stands
    between the act and them ("held that circulating the obscene video … warrants stringent
    punishment" is the case's act; review 2027-01-16e H3)."""
    holding_persons: tuple[str, ...] = ()
    trend_predicates: tuple[str, ...] = ()
    """Words that, right after the first "is"/"are" following a conduct noun or gerund in its
    sentence, say a kind of act grows ("… self-generated content, live-streaming of CSAM,
    online grooming, and Webcam Child Sex Tourism are on the rise"): a trend, no one's act
    (dev batch 32, 2027-01-13). Only where none of ``trend_breaks`` (a clause's opener:
    "arrested for grooming a minor as such cases are on the rise") and no past verb stands
    between."""
    trend_breaks: tuple[str, ...] = ()
    trend_perfect_predicates: tuple[str, ...] = ()
    """Words that, right after the first "has"/"have" following a conduct noun, say a kind of
    act has grown ("the creation and circulation of child pornography has seen an alarming
    rise"; survey of unseen English pages, 2027-01-15), read as ``trend_predicates``."""
    kinds_of_act_list: int = 0
    """How many conduct words, each a gerund or a noun of an act ("viewing", "distribution",
    "storage"), joined only by commas, "and", "or" and at most ``kinds_of_act_gap`` other
    words, make a list of kinds of act: in a sentence that names no one charged
    (``charged_words``, ``kinds_of_act_doers``), the law's or a body's scope, not an act ("The
    unit collects information regarding publication, transmission, creation, … of online child
    sexual abuse material"; survey of unseen English pages, 2027-01-09). 0: no such rule."""
    kind_nouns: tuple[str, ...] = ()
    """Nouns of a kind of act ("acts", "actions") that, after "the" and one of
    ``kind_law_verbs`` and before "of", make the list of gerunds after them kinds of act ("how
    the Indian law punishes the acts of storing, indulging in or sharing child pornographic
    material"; survey of unseen English pages, 2027-01-15)."""
    kind_law_verbs: tuple[str, ...] = ()
    """Verbs of the law before "the" and a ``kind_nouns`` word and "of" ("punishes",
    "penalises", "criminalises", "prohibits"; not "covers", which a chargesheet does: review
    2027-01-15c H6)."""
    kinds_of_act_gap: int = 0
    """Other words that may stand between two members of such a list ("viewing in private,
    downloading, storing …")."""
    kinds_of_act_endings: tuple[str, ...] = ()
    """Endings of a gerund or a noun of an act ("ing", "ion", "age")."""
    kinds_of_act_doers: tuple[str, ...] = ()
    """Words beside ``charged_words`` that, anywhere in the sentence, tell of a particular
    doer of the listed acts ("allegedly", "involved", "guilty", "caught", "jailed")."""
    kinds_of_act_persons: tuple[str, ...] = ()
    """Words of one person or band, or their own ("man", "teacher", "his"), that tell of a
    particular doer only with one of ``kinds_of_act_events`` in the sentence and none of
    ``kinds_of_act_general`` ("His phone showed viewing, downloading and uploading …"; not "Her
    NGO runs workshops on viewing, downloading and sharing …"; review 2027-01-10b M1)."""
    kinds_of_act_events: tuple[str, ...] = ()
    """Words of a past event ("was", "had", "found", "showed")."""
    kinds_of_act_owners: tuple[str, ...] = ()
    """Words of one person's own that, right before the list, make its acts that person's
    ("… knew nothing about his viewing, downloading and sharing …")."""
    kinds_of_act_general: tuple[str, ...] = ()
    """Words of a statement in general ("every", "must", "study", "tracks")."""
    kinds_of_cases_before: tuple[str, ...] = ()
    """Words that, up to five words before a noun of ``counted_cases`` or ``counted_reports``
    and its "of", tell that kinds of case exist or rise ("increase", "rising"; "there" with a
    form of ``kinds_of_cases_be`` after it): the acts named after "of" are kinds of case, no
    one's act ("There are cases of cyber stalking, morphing videos … and sharing …")."""
    kinds_of_cases_be: tuple[str, ...] = ()
    """Forms of "be" that make "there" existential ("there are", "there have been")."""
    kinds_of_cases_arrests: tuple[str, ...] = ()
    """Words beside ``charged_words`` that, anywhere after a kind of case in its sentence,
    tell of a doer found ("identified", "traced"): the act is someone's."""
    kinds_of_cases_speech: tuple[str, ...] = ()
    """Words of the speaker's clause ("said", "adding"), past which no doer is looked for."""
    kinds_of_cases_not_names: tuple[str, ...] = ()
    """Capitalised words after "cases of" that name no doer (platforms: "cases of WhatsApp
    sharing"), and words after a determiner that name none ("the internet")."""
    kinds_of_cases_stops: tuple[str, ...] = ()
    """Words that, between "cases of" and the act or after the act in its sentence, tell of
    a particular doer or open a clause ("which", "by", "against"): the act may be someone's."""
    age_persons: tuple[str, ...] = ()
    """Nouns for a person after which a number between commas is an age ("the girl, 15,
    was")."""
    not_child: tuple[str, ...] = ()
    """Phrases with a child word that name no child ("a child's play", "child lifters")."""
    child_provisions: tuple[str, ...] = ()
    sexual_context: tuple[str, ...] = ()
    """Words that name a sexual act or sexual material ("obscene", "nude", "raped"): abuse
    material is sexual (IT Act s.67B(a), "depicts children engaged in sexually explicit act or
    conduct"; POCSO Act s.15, "pornographic material in any form involving a child")."""
    sexual_provisions: tuple[str, ...] = ()
    """Acts and provisions about sexual acts or material (an Act id, or a provision id that
    also stands for its parts); a text that names one speaks of them."""
    generic_material: tuple[str, ...] = ()
    """Material words that do not say the material is sexual ("videos", "photos", "content"):
    in a text that names no sexual act or material, they are not abuse material."""
    adult_depicted: tuple[str, ...] = ()
    """People who are adults ("women", "his wife", "himself"): material "of" one of them is not
    abuse material (IT Act s.67B Explanation: a child has not completed the age of 18 years)."""
    adult_modifiers: tuple[str, ...] = ()
    """Words that may stand between "of" and the person the material shows ("of his female
    teacher")."""
    adult_enders: tuple[str, ...] = ()
    """Words after the adult that close the phrase the material is "of" ("videos of women on
    Telegram"); anything else puts someone beside the adult ("of a woman and her daughter")."""
    depicting_material: tuple[str, ...] = ()
    """The words for pictures and videos, whose "of" names who they show."""
    object_enders: tuple[str, ...] = ()
    """Words that end a conduct word's object ("recording videos on their phones instead of
    helping a girl": the girl is not what was recorded)."""
    sexual_sections_alone: tuple[str, ...] = ()
    """Sections that, named with no Act, are about sexual material ("Section 67B")."""
    sexual_context_conducts: tuple[ConductId, ...] = ()
    """Conduct that is an offence only when done to abuse material: in a text that names no
    sexual act, material or provision, a mention of one of these acting on nothing it names or
    on ``generic_material`` alone is not read."""
    identity_reveal_words: tuple[str, ...] = ()
    identity_words: tuple[str, ...] = ()
    """A sentence with one of ``identity_reveal_words`` and, within four words after it, one of
    ``identity_words`` ("an image shared by the leader that revealed the identity of the
    girl's family", "delete all videos that reveal the victim's identity") speaks of a child's
    identity disclosed, its own offence (POCSO s.23, JJ Act s.74, IPC s.228A, BNS s.72), not of
    abuse material: a mention there of one of ``sexual_context_conducts`` acting on nothing, or on
    ``generic_material`` alone, is not read."""
    identity_shields: tuple[str, ...] = ()
    """Words that, between a word of revealing and "identity", shield it ("not revealed to
    protect her identity")."""
    identity_denials: tuple[str, ...] = ()
    """Words in the three before a word of revealing that deny it ("police refused to reveal
    the identity", "declined to disclose", "did not reveal")."""
    identity_adults: tuple[str, ...] = ()
    """Words right after "identity of (the)" that make it an adult's ("revealed the identity of
    the accused", "of the buyer"): no child's identity disclosed."""
    abuse_material_provisions: tuple[str, ...] = ()
    """Provisions about abuse material (IT Act ss.67, 67A, 67B, POCSO ss.13-15): a text that
    names one, or calls material sexual, is about abuse material, and no rule of a child's
    identity disclosed applies to it (charges under POCSO s.23 or IPC s.228A are often added
    to such reports)."""
    child_material_words: tuple[str, ...] = ()
    """Words that name material of children ("child pornography", "CSAM"): with a picture or
    video said to be of a child ("video of the minor girl") or one of
    ``child_material_provisions``, a text names material of a child (read by
    ``Analyzer.names_child_material``)."""
    child_material_provisions: tuple[str, ...] = ()
    """Provisions about material of children (IT Act s.67B, POCSO ss.13-15)."""
    sexual_act_words: tuple[str, ...] = ()
    """Words of a sexual act ("rape", "sexually assaulted", "the act"): in a text about a
    child's identity disclosed, material in a sentence with one is still read as material of
    that act."""
    boilerplate_markers: tuple[str, ...] = ()
    """Words of a page's furniture (comment rules, "Download the app"): a sentence holding one
    is read for neither conduct nor law."""
    relative_gloss_openers: tuple[str, ...] = ()
    """Words that open a relative clause saying what a law is about, right after a section or
    an Act ("…, which relates to", "…, which deals with"): the opener and the acts named right
    after it ("publishing, browsing or transmitting", "anyone who shares") are the law's words,
    not conduct, unless this case's victim or doer follows (``CitationReader.glosses``)."""
    link_markers: tuple[str, ...] = ()
    """Words that open a link to another story ("Also read:"): from one to the link's
    headline's end is read for neither conduct nor law (:mod:`lawref.analysis.furniture`)."""
    headline_openers: tuple[str, ...] = ()
    """Capitalised words that open a report's sentence ("The", "He", "According"): where one
    follows a link's headline run into the text, with a word in lower case after it, the
    headline ends before it."""
    date_labels: tuple[str, ...] = ()
    news_agencies: tuple[str, ...] = ()
    passive_between: tuple[str, ...] = ()
    """Words that may stand between a passive frame's object and its trigger: auxiliaries and
    adverbs ("was", "had been", "allegedly")."""
    lawful_agents: tuple[str, ...] = ()
    """Agents after "by" that make a passive frame no offence ("channels run by the state", "a
    group created by the police"), beside the agencies of ``agency_words``."""
    nominal_official_agents: tuple[str, ...] = ()
    """Officials who, after a noun of acting's "of" phrase and "by", are its doer and no
    offender ("Forwarding of the clips by the police to the accused's lawyer"): the police,
    a court, an investigating agency; not officials who may be offenders themselves ("by the
    official", "by a government employee"), cameras or NGOs (review 2027-01-15a H1, H3)."""
    nominal_official_recipients: tuple[str, ...] = ()
    """Recipients inside a case to whom an official hands material on ("to the accused's
    lawyer", "to the court", "with the forensic laboratory"): only then is the official's
    noun of acting no act (review 2027-01-15e H4)."""
    lawful_agents_may: tuple[ConductId, ...] = ()
    """Conduct an agency or another lawful agent named as its subject may still commit, so
    that such a subject does not refuse it: failing to record a report (POCSO s.21(1)) and
    causing evidence to disappear (IPC s.201, BNS s.238)."""
    topic_breaks: tuple[str, ...] = ()
    """Openings of a sentence that starts another topic ("In another case", "Separately",
    "Meanwhile"): a child named before one is not the child of what follows it
    (:attr:`Frame.child_earlier_in_text`)."""
    topic_adults: tuple[str, ...] = ()
    """People who, named by an age of eighteen or more and with no child in the sentence,
    start a topic of their own ("the petitioner is a 34-year-old woman who alleges that her
    husband made videos of her"): a woman, a wife, a student; not a man, who is as often the
    child's abuser ("a 25-year-old man took videos of the girl")."""
    victim_subjects: tuple[str, ...] = ()
    """Subjects whose act on material is no offence against a child: the victim, the
    complainant and the public ("the victim sent her pictures to him", "netizens shared the
    video")."""
    generic_subjects: tuple[str, ...] = ()
    """Bare plural subjects of a statement about offenders in general when the verb is in the
    present tense ("Predators lure children through online games", "Offenders typically groom
    children"): not conduct ("the predators lured her", "Fraudsters lured the boy" are)."""
    confining_verbs: tuple[str, ...] = ()
    """Verbs of confining or luring a person ("kidnapped", "lured"): a person their object,
    after material named earlier, is who "them" kept are ("… lured the two girls and kept them
    in his house"; review 2026-12-11b M7)."""
    own_material_words: tuple[str, ...] = ()
    """Who, after "of", makes the material a child is asked to send the child's own ("nude
    photos of herself"): then the frame's conduct (grooming, producing) replaces the sending;
    anyone else named ("… of the girl", "… of his classmate") makes it another's material passed
    on, and the sending stays (review 2026-12-09b M4)."""
    material_owners: tuple[str, ...] = ()
    """People whose material, named after "of" (past a pronoun or a determiner), a child is
    asked to pass on ("… obscene video of the girl", "… photos of his classmate"): then the
    sending stays; any other word there ("of her private parts", "of her body") is the child's
    own material (review 2026-12-10b H3)."""
    own_material_pronouns: tuple[str, ...] = ()
    """Pronouns that do the same when no noun follows them ("nude photos of her", not "… of
    her friend")."""
    generic_possessors: tuple[str, ...] = ()
    """Whose act is anyone's ("a person's act of viewing …", "one's act of watching …",
    "their act of sharing …" said of people in general): a possessive before "act of" names a
    doer's act only when it is none of these (review 2026-12-09b M5)."""
    generic_subjects_singular: tuple[str, ...] = ()
    """The same offenders named one at a time after "a" or "an", as an explainer speaks of any
    ("An offender can use AI to create an image of a child …", "A predator may groom a child
    for months"): with a modal of ``generic_modals`` after it, the sentence is about offenders
    in general; "the offender", "a predator groomed her" or "A paedophile uploads a video …"
    (a headline's case) is the report's own."""
    generic_modals: tuple[str, ...] = ()
    """Modals that say what such an offender can or may do ("can", "may", "might", "could")."""
    generic_adverbs: tuple[str, ...] = ()
    """Adverbs of frequency that may stand between such a subject and its verb ("often",
    "typically")."""
    generic_sentence_openers: tuple[str, ...] = ()
    """Words that may open a sentence about offenders in general before its subject, one of
    ``generic_subjects`` ("Generally, the abusers get into an online friendship with children
    and start exchanging their photographs", "The criminals use … software, morph photographs
    and …"): adverbs, determiners and the subject's modifiers ("cyber", "online"). Such a
    sentence, with a verb in the present right after its subject and none of
    ``generic_sentence_specifics``, says what offenders do, not what one did: none of its
    conduct words is an act."""
    generic_sentence_specifics: tuple[str, ...] = ()
    """Words that make a sentence about a particular case ("accused", "arrested", "[name]")."""
    generic_sentence_not_verbs: tuple[str, ...] = ()
    """Words right after the subject that are no verb in the present ("was", "were", "had",
    "who", "and"): the sentence is not read as about offenders in general."""
    past_forms: tuple[str, ...] = ()
    """Irregular past forms of conduct verbs ("sold", "sent", "shot"): a verb in one of them
    tells what someone did, not what offenders do in general."""
    victim_subject_conducts: tuple[ConductId, ...] = ()
    """The conduct a ``victim_subjects`` subject refuses: acts on material, and a failure to
    report (POCSO s.21(3)). Grooming and sextortion are told from either side ("the victim
    became friends with the accused")."""
    reported_pronouns: tuple[str, ...] = ()
    """Pronouns that, as the subject of a clause a speaker reports with ``reporting_verbs`` and
    "that", stand for the speaker: "the victim stated that she did not report …" is the
    victim's act."""
    reporting_verbs: tuple[str, ...] = ()
    """Verbs that report what their subject said: "stated", "told", "alleged"."""
    determiners: tuple[str, ...] = ()
    """Words skipped before an agent ("the", "a", "some")."""
    prepositions: tuple[str, ...] = ()
    """Words that put a noun after them in a prepositional phrase (read back from the noun
    to one of :attr:`subject_stops`), so it is not a passive frame's subject."""
    quantity_prepositions: tuple[str, ...] = ()
    """Prepositions that, before a number, say how many ("over 300 videos were found"), not
    where: the noun after them may still be a passive frame's subject."""
    statement_verbs: tuple[str, ...] = ()
    """Verbs of a news report's statements ("said", "told"): in wire copy the weekday of what
    was said in the first paragraph ("officials said on Friday") is the dateline's day, which
    narrows the year of a dateline printed without one."""
    statement_words: tuple[str, ...] = ()
    """Words that may stand between a statement verb and "on <weekday>" ("said here on
    Friday", "told PTI on Monday"); any other word makes the weekday an event's."""
    hindi_statement_verbs: tuple[str, ...] = ()
    """The same verbs in Hindi wire copy, which puts the weekday first: "पुलिस ने सोमवार को यह
    जानकारी दी" (police gave this information on Monday)."""
    hindi_statement_words: tuple[str, ...] = ()
    """Words that may stand between "<weekday> को" and a Hindi statement verb ("यह", "पत्रकारों
    को"); any other word makes the weekday an event's ("सोमवार को आरोपी को गिरफ्तार किया")."""
    date_update_labels: tuple[str, ...] = ()
    """Of ``date_labels``, those of a page's update ("Updated on"): a date before one on its
    line is the page's first publication, which is read instead ("September 9th, 2017 |
    Updated on June 11th, 2018")."""
    dateline_clause_heads: tuple[str, ...] = ()
    """Words that open a clause, not a place, before a date at a paragraph's start ("Police, 23
    March 2020: the accused was arrested"): no dateline
    (``DateReader``)."""
    metadata_labels: tuple[str, ...] = ()
    """Labels of a page's date that are conduct words in a sentence ("Uploaded on: …"): read
    only in the shape of page metadata."""
    dating_acts: tuple[str, ...] = ()
    """Acts (by id) whose every name is new to them, so that a report naming one as law was
    written once it was in force ("under Section 111 of the BNS" is no earlier than 1 July
    2024): a dateline printed without a year is placed on or after that day. An Act with a
    name an older law bore ("IT Rules", "POCSO Rules") dates nothing."""
    ceiling_acts: tuple[str, ...] = ()
    """Acts (by id) repealed by one of ``dating_acts`` (the IPC, the CrPC): a report that names
    one as law and none of ``dating_acts`` tells of conduct before the repeal, so a dateline
    printed without a year is placed before it."""
    ceiling_charge_words: tuple[str, ...] = ()
    """Words of a charge ("booked", "registered", "दर्ज"): one of ``ceiling_acts`` places a report
    before its repeal only when named in a sentence with one of them."""
    former_law_words: tuple[str, ...] = ()
    """Words that make an Act named the law before ("earlier", "erstwhile", "the old IPC",
    "replaced"): a sentence with one of them places no report before the Act's repeal."""
    dated_events: tuple[DatedEvent, ...] = ()
    """Events whose naming places a yearless dateline on or after the day they began."""
    ruling_nouns: tuple[str, ...] = ()
    """A court's rulings ("order", "verdict", "judgment"): "passed on" after one of them, with
    only ``ruling_fillers`` between, is a ruling passed on a day, not material passed on."""
    ruling_fillers: tuple[str, ...] = ()
    """Words that may stand between a ruling's noun and "passed on" ("will", "be", "expected",
    "reserved", "on the bail plea")."""
    case_words: tuple[str, ...] = ()
    """Words that tell of a particular case ("arrested", "booked", "held", "lodged", "FIR",
    "bail", "appellant", "complaint", "police said"). A text of ``case_gate_chars`` or more with
    none of them, and no person named by age (``case_person_nouns``), tells
    of offending in general (an explainer, a policy or awareness piece), so its English conduct
    words with no doer found are not read as offences it reports (issue #13: a mention counts
    only when the text says that an offender did it)."""
    case_gate_general_doers: tuple[str, ...] = ()
    """Doers that are people in general ("they", "people", "users", "predators"): in a text
    that tells of no particular case, their mentions go with those with no doer found."""
    case_person_nouns: tuple[str, ...] = ()
    """Nouns of a particular person an age is written beside ("a girl, 14", "girl (14)", "the
    minor girl"): with an age, a case's person, not an explainer's."""
    case_gate_chars: int = 600
    """The length from which a text with none of ``case_words`` is read as telling of no
    particular case; a shorter one (a sentence or a paragraph describing conduct) is read as it
    is."""
    law_use_words: tuple[str, ...] = ()
    """Words that, just before or after the name of one of ``dating_acts``, show it is used as
    law ("booked under the BNS", "Section 64 of the BNS", "बीएनएस की धारा 64")."""
    draft_words: tuple[str, ...] = ()
    """Words in the sentence of an Act's name that make it a draft or a law to come, not a law
    in force ("the Bharatiya Nyaya Sanhita Bill", "the Lok Sabha passed the BNS", "the BNS will
    come into force on July 1"): such a name says nothing of a report's date."""
    to_come_words: tuple[str, ...] = ()
    """Words that, in the sentence of law not yet begun or in one of the two before it, speak
    of it as a proposal or as law to come ("the new code proposes", "the committee
    recommended", "an Ordinance", "नए कानून में"). They say nothing of a report's date, so
    they are not ``draft_words``, which are read in the sentence only."""
    to_come_forms: tuple[str, ...] = ()
    """Hindi and Marathi verbs of what is to come ("दर्ज किया जाएगा", "दाखल होईल"), read, as
    ``draft_words`` and ``future_words`` are, in the sentence of law not yet begun only: in
    the sentence before they tell of a case ("आरोपी को कोर्ट में पेश किया जाएगा")."""
    bill_words: tuple[str, ...] = ()
    """Words that name a Bill or an Ordinance ("the amendment Bill", "विधेयक"): a punishment
    stated in their sentence, or after them in one of the two sentences before where the Bill
    bears the Act's name (or is an Ordinance), and not one a court passed, may be the text it
    would make, which lawref does not hold: it is compared with nothing."""
    proposal_words: tuple[str, ...] = ()
    """Words that give a punishment as someone's proposal or recommendation ("The state
    government has proposed a fine of Rs 5 lakh …", Hindi "… आर्थिक दंड लगाने का प्रस्ताव"):
    before a statement in its own sentence (a Devanagari word after it too), and not one a
    court passed, the statement is what a law would provide, not what it provides: it is
    compared with nothing."""
    proposal_not_before: tuple[str, ...] = ()
    """Words after a proposal word that make it a suitor's ("proposed to her", "proposed
    marriage"): no proposal of a law."""
    proposal_not_between: tuple[str, ...] = ()
    """Words of the law in force that, between a proposal word and a statement, make the
    statement the law's ("proposed that he be tried under Section 67B, which provides …")."""
    proposal_to_verbs: tuple[str, ...] = ()
    """Verbs after "proposed to" that propose a penalty ("proposed to impose a fine"); any
    other makes it an intent ("proposed to file a chargesheet")."""
    other_acts: tuple[NamedAct, ...] = ()
    section_glosses: tuple[SectionGloss, ...] = ()
    """Sections of the general Codes by their glosses (:class:`SectionGloss`)."""
    constitution: ConstitutionWords | None = None
    """The words of references to Articles of the Constitution of India."""
    devanagari: DevanagariWords = DevanagariWords()
    """The words of statute references in Hindi reports."""
    hindi_conduct: HindiConductWords = HindiConductWords()
    """The words of offending conduct in Hindi reports."""
    subject_words: SubjectWords = SubjectWords()
    """The words that tell a sentence's subject from a noun inside a phrase."""
    payers: PayerWords = PayerWords()
    """The words that name who a court tells to pay (:class:`PayerWords`)."""
    scam: ScamWords = ScamWords()
    """The English words that tell of a scam, where nothing is compared (:class:`ScamWords`)."""
    executive: ExecutiveWords = ExecutiveWords()
    """The words by which the executive, not a court, changes or imposes a penalty
    (:class:`ExecutiveWords`)."""
    sentences: SentenceWords = SentenceWords()
    """The words that tell a stop after an initial from a sentence's end
    (:class:`SentenceWords`)."""
    cross_references: CrossReferenceWords = CrossReferenceWords()
    """The words by which statute text cites a section for what it speaks of
    (:class:`CrossReferenceWords`)."""
    frames: tuple[Frame, ...] = ()
    punishment_words: tuple[str, ...] = ()
    booking_words: tuple[str, ...] = ()
    """Words of a booking, an arrest or a case registered ("booked", "registered", "arrested"):
    between a sentence passed and the first section named after it, one makes that section the
    booking's, not the sentence's offence ("sentenced to 20 years in jail for rape of a minor,
    cyber police also booked him under section 67B": the 20 years are no term under s.67B).
    Lower-case English words, matched whole; not right after one of ``booking_not_after`` nor
    within three words after one of ``booking_relatives``, where it names the sentence's own
    offence ("the case registered under Section 67B", "for which he was booked under")."""
    booking_not_after: tuple[str, ...] = ()
    """Words that, right before a booking word, make it the participle of the case the sentence
    is in ("case", "FIR": "in the case registered under Section 67B")."""
    booking_relatives: tuple[str, ...] = ()
    """Relative words that, within three words before a booking word, make it tell of the
    sentence's own offence ("for the offence for which he was booked under Section 67B")."""
    first_conviction_words: tuple[str, ...] = ()
    """Words that tie a stated punishment to a first conviction ("first conviction", "first
    offence"): IT Act ss.67, 67A and 67B punish "on first conviction" and "in the event of second
    or subsequent conviction" on two scales (``lawref.analysis.punishments.tiers``)."""
    subsequent_conviction_words: tuple[str, ...] = ()
    """Words that tie a stated punishment to a second or later conviction ("second or
    subsequent conviction", "repeat offence")."""
    devanagari_tier_cues: tuple[str, ...] = ()
    """Words of an offence, one of which a Hindi or Marathi tier's words must hold or have
    within the six words after them, a word of ``devanagari_tier_conditions`` after it, to name
    a tier ("पहली बार अपराध करने पर", "प्रथम दोषसिद्धि पर"), unless the other tier's words
    stand beside them in the clause, each with a punishment of its own: "दोबारा" (again),
    "पहली बार" (for the first time) are everyday adverbs too ("दोबारा गिरफ्तार किया")."""
    devanagari_tier_conditions: tuple[str, ...] = ()
    """Words of a condition ("पर", "दशा", "केल्यास") one of which must follow a Hindi or
    Marathi tier's word of the offence within the six words after the tier's words, as the
    law's tiers are worded ("पहली बार अपराध करने पर", "… की दशा में")."""
    devanagari_tier_not_between: tuple[str, ...] = ()
    """Words of a complaint, an arrest, an intent or a sentence passed ("शिकायत", "गिरफ्तार",
    "नीयत", "सुनाई"): between a Hindi tier's words and the punishment after them, the words
    name no tier of conviction ("दोबारा अपराध की नीयत से घूम रहा था")."""
    material_words: tuple[str, ...] = ()
    actor_words: tuple[str, ...] = ()
    evidence_window: int = 8
    coordinators: tuple[str, ...] = ()
    conditional_cues: tuple[str, ...] = ()
    """Words that make what follows them, to the end of their clause (the next comma, semicolon,
    colon or relative word such as "who"), a condition, not an act: "if … are made viral",
    "unless he shares"."""
    threat_cues: tuple[str, ...] = ()
    """Words that make what follows them in their clause a threat, not an act, for the
    conducts of :attr:`threatened_conducts`: "threatened to post her photos online and make them
    viral" is sextortion, not sharing."""
    adjacent_threat_cues: tuple[str, ...] = ()
    """Threat cues that count only right before the conduct word: "issued a threat to upload
    her photos" is a threat, "the man who posed a threat to minors uploaded …" an act."""
    warning_verbs: tuple[str, ...] = ()
    """Verbs that report a warning or a threat ("warned", "threatened"): with "that" at most
    ``warning_reach`` words after one ("warned the family that", "threatened the 15-year-old
    that") and a word of what is to come (:attr:`future_words`) between that "that" and the
    conduct word, with no comma, the conduct is threatened, not done ("warned that he would
    upload her video"); with none it is reported ("police warned that the accused had uploaded
    …")."""
    warning_reach: int = 6
    future_words: tuple[str, ...] = ()
    """Words that put the conduct after them in what is to come: "would", "will", "going"."""
    person_conducts: tuple[ConductId, ...] = ()
    """Conducts that, done to a child herself ("sold the minor girl to a man", "the girl was
    kept in a room"), are another offence (trafficking, confinement), not conduct on abuse
    material."""
    person_nouns: tuple[str, ...] = ()
    """Words for a person that, with ``child_markers`` and ``child_context``, name the child
    a conduct of ``person_conducts`` is done to ("girl", "daughter", "infant")."""
    punishment_cues: tuple[str, ...] = ()
    """Words before a conduct word that make it what the law punishes ("the punishment for
    sharing child pornography is …"), unless a punishment was imposed for it: a word of
    ``sentencing_words`` before them in the sentence, or a particular object after the conduct
    word ("as punishment for circulating the obscene video of the 14-year-old girl")."""
    sentencing_words: tuple[str, ...] = ()
    counted_reports: tuple[str, ...] = ()
    """Nouns that count reports of material as statistics do ("instances", "tiplines"): with a
    count before them and "of" after, as ``counted_cases`` are ("1,200 instances of child sexual
    abuse material were shared from the state")."""
    counted_cases: tuple[str, ...] = ()
    """Nouns of cases counted ("cases", "FIRs"): "116 cases were registered for publishing
    pictures …" counts cases and tells no act."""
    statistics_words: tuple[str, ...] = ()
    """Words that make a count of cases a statistic ("a total of", "NCRB data")."""
    passive_sentencing_words: tuple[str, ...] = ()
    """Sentencing words that count only after a form of "be" or "had" ("was given five
    years"; not "given the rise in cases")."""
    object_sentencing_words: tuple[str, ...] = ()
    """Sentencing words that count only with one of ``sentencing_objects`` after them ("gave
    him three years"; not "gave details of the punishment for …")."""
    sentence_openers: tuple[str, ...] = ()
    """Words that, after ``passive_sentencing_words``, open a sentence of a court ("was given
    life", beside a number: "was given five years")."""
    sentencing_objects: tuple[str, ...] = ()
    facing_words: tuple[str, ...] = ()
    """Words that make a punishment for a conduct an act charged when their subject is
    particular ("the accused faces punishment for sharing …"; not "offenders face …")."""
    general_people: tuple[str, ...] = ()
    """People in general ("users", "citizens", "children"): a subject with one of them is no
    one person of the report ("Users in Kerala face punishment for sharing …")."""
    subject_skips: tuple[str, ...] = ()
    """Adverbs, modals and auxiliaries passed over on the way back to a verb's subject."""
    sexual_qualifiers: tuple[str, ...] = ()
    """Words beside the sexual ``material_words`` that, after a name or address, make the
    object sexual material (see ``NotObject.clear_of_sexual_material``); "rape" before
    "survivor" or "victim" names her instead."""
    qualified_nouns: tuple[str, ...] = ()
    """The nouns a word of ``sexual_qualifiers`` must stand right before (at most one word
    between) to call what is named sexual ("intimate videos", "private parts"; not "sexual
    assault survivor", "private school")."""
    byline_verbs: tuple[str, ...] = ()
    """Verbs of a page's byline or date line ("Edited By Kalash", "Posted On: 10 JUL 2019"):
    first on their line, capitalised, before "by" and a name or "On:" and a date, no conduct."""
    abuse_participles: tuple[str, ...] = ()
    """Words after a person said to be in a picture that make the person its doer ("a video of
    a man sexually assaulting a girl"): no adult the picture shows."""
    threat_victims: tuple[str, ...] = ()
    """Words of a victim or her family ("she", "girl", "family"): a condition must name one to
    be a threat set to the victim ("if she did not pay, he would circulate …")."""
    trade_parties: tuple[str, ...] = ()
    """Words of the parties to a trade ("buyers", "members", "subscribers"): a condition that
    names one is the terms of a trade ("would forward CSAM if members paid him"), no threat."""
    trade_verbs: tuple[str, ...] = ()
    """The verbs of a trade that make ``trade_subjects`` a trade's party ("if anyone paid")."""
    trade_subjects: tuple[str, ...] = ()
    """Words that make a condition the terms of a trade as its subject ("if anyone paid", "if a
    member joined"), not anywhere in it ("if she told anyone" is set to the victim)."""
    described_conducts: tuple[ConductId, ...] = ()
    """Conducts whose past participle, between one of ``describing_determiners`` and a word
    of material, describes the material and tells no one's act ("the leaked videos", "these
    circulated clips")."""
    describing_determiners: tuple[str, ...] = ()
    describing_verb_conducts: tuple[ConductId, ...] = ()
    """Conducts whose participle also describes the material right after a verb of sending or
    using (``describing_verbs``: "sent morphed nude images", "used morphed obscene photos")."""
    describing_verbs: tuple[str, ...] = ()
    describing_clause_openers: tuple[str, ...] = ()
    """Words before a subject of ``describing_verb_subjects`` that make its clause no relative
    one ("when she received morphed images")."""
    describing_verb_subjects: tuple[str, ...] = ()
    """Subjects that make a verb of ``describing_verbs`` a relative clause's ("the camera the
    accused used recorded …"): the participle after it is the sentence's verb."""
    threat_conditions: tuple[str, ...] = ()
    """Words of a condition set to the victim ("if", "unless"): a conduct a future word
    governs, in the clause after one ("if she did not pay, he would circulate her photos") or
    with one after it ("he would leak the video unless she met him"), is threatened
    (sextortion), not done."""
    denial_cues: tuple[str, ...] = ()
    """Words that deny what their clause goes on to say, across a "that" and a subject ("the
    probe found nothing to suggest obscene videos of the minor were uploaded", "there is no
    evidence that he ever downloaded …"): a conduct word after one, within ``scope_window``
    words with no comma, semicolon, colon or "but" between, is not reported."""
    denial_defence_subjects: tuple[str, ...] = ()
    """Subjects of a denial cue's verb ("failed to prove that", "could not show that") that are
    the accused's side: what the accused failed to prove is his excuse, and the act in it is
    his ("The accused failed to prove that the videos he had downloaded were of adults")."""
    denial_prosecution_subjects: tuple[str, ...] = ()
    """Subjects of a denial cue's verb that are the prosecution's side, also as the antecedent
    of a relative clause ("The police, who failed to prove that the accused shared …")."""
    denial_subject_prepositions: tuple[str, ...] = ()
    """Prepositions that put the word before a denial cue in a phrase, so that the subject is
    the phrase's head ("The evidence led against the accused failed to establish that …")."""
    denial_subject_skips: tuple[str, ...] = ()
    """Words between a denial cue and its subject or relative pronoun ("had", "has", "also",
    "clearly", "miserably")."""
    anyone_words: tuple[str, ...] = ()
    """Words for anyone at all ("anyone", "whoever"): a conduct word in "-ing" right after one
    (or after one and "found") with a future word later in its sentence is a warning of what
    will befall whoever does it ("anyone sharing such videos would face action"), not an act."""
    law_subject_words: tuple[str, ...] = ()
    """Words that, with ``anyone_words``, make a sentence stating a punishment of the law the
    law's for anyone when they stand before a conduct word with no doer and right before a
    verb of conviction ("Those convicted of uploading …", "If convicted, …"):
    ``Analyzer.stated_as_law``."""
    law_subject_verbs: tuple[str, ...] = ()
    """Beside ``sentencing_words``, the verbs of conviction after ``law_subject_words`` or "a
    person" ("those found guilty", "if caught")."""
    threatened_conducts: tuple[ConductId, ...] = ()
    """The conducts a threat is made of (sharing, uploading): a threat's clause refuses only
    these, so "threatening to release videos recorded secretly" still says they were
    recorded."""
    law_cues: tuple[str, ...] = ()
    """Words that make what follows them law stated in general, to the end of the sentence, a
    semicolon or colon, a relative word outside the cue, or a comma followed by "and" or "but":
    "it is a serious crime to click images … and make viral", "those who are uploading,
    watching and downloading … and sharing it"."""
    state_act_prefixes: tuple[str, ...] = ()
    """A State's names that, right before the name of an Act lawref holds, name the State's own
    Act of that name ("J&K POCSO Act": the Jammu and Kashmir Protection of Children from Sexual
    Violence Act, 2018, not the Union's POCSO Act, 2012), read as an Act lawref does not
    know."""
    state_acts: tuple[str, ...] = ()
    """The Acts a State had its own of, under the same name (Jammu and Kashmir: POCSO, the
    Juvenile Justice Act): only these take ``state_act_prefixes``; a State's name before
    another Act's ("J&K IT Act") leaves it the Union's."""
    amendment_words: tuple[str, ...] = ()
    """Words in an Act's name that make it an amending Act's ("Information Technology
    (Amendment) Act, 2008", "आईटी (संशोधन) अधिनियम")."""
    amending_verbs: tuple[str, ...] = ()
    """Words that say an Act changed another ("inserted", "added", "amended"): an amending Act
    named alone in their sentence is named for what it did, not misnamed ("Section 67B was
    inserted by the Information Technology (Amendment) Act, 2008")."""
    amending_agent_marks: tuple[str, ...] = ()
    """Words right after an amending Act's name (within two) that make it the agent of the
    change, as Hindi's "ने" does: "आईटी (संशोधन) अधिनियम 2008 के जरिए धारा 67बी जोड़ी गई"
    (through the Act, 2008, s.67B was added)."""
    byline_names: tuple[str, ...] = ()
    """Names a page signs its posts with ("site admin"): on a line of their own (after "By" or
    "Posted by"), before a "|", a date or the line's end, a byline, not an administrator."""
    byline_lead_names: tuple[str, ...] = ()
    """Names that are a byline only after "By" or "Posted by" ("by Admin")."""
    counted_nouns: tuple[str, ...] = ()
    """Words after an Act's name that make a number before it a count, not a section: "45 of the
    POCSO cases", "under 200 POCSO matters"."""
    aspect_verbs: tuple[str, ...] = ()
    """Conduct words that, before a verb in -ing, say an act went on ("kept on pleading", "kept
    refusing"): then they are not the conduct ("kept the videos" is)."""
    aspect_followers: tuple[str, ...] = ()
    """Verbs in -ing after which ``aspect_verbs`` say an act went on ("pleading", "refusing")."""
    request_blockers: tuple[str, ...] = ()
    """Words between a request verb and "to" that open a clause of their own ("how", "why",
    "that", "he"): the "to" then belongs to another verb."""
    request_verbs: tuple[str, ...] = ()
    """Verbs of asking and ordering: a conduct word after one of them and "to", whose subject
    is a lawful agent, is a request ("the police asked Facebook to delete the videos")."""
    inducing_verbs: tuple[str, ...] = ()
    """Verbs of luring and pressing ("lured", "persuaded", "forced"): with ``request_verbs``,
    their object does what follows "to" (``Analyzer._asked_of_a_victim``)."""
    shown_conducts: tuple[str, ...] = ()
    """Of ``asked_conducts``, those a child made to do is shown something, whoever's the
    material ("forcing girl students to watch obscene videos")."""
    causative_verbs: tuple[str, ...] = ()
    """Verbs whose object does the bare verb after it ("made the girl share her photos")."""
    asked_persons: tuple[str, ...] = ()
    """Objects of a request or an inducement, beside the child words and ``victim_subjects``,
    that stand for the victim ("her", "the daughter"): what they are asked to do is theirs."""
    asked_conducts: tuple[str, ...] = ()
    """The conducts a victim asked to act does herself ("asked her to share her photos"):
    acts on material she holds, not deleting what the offender wants gone."""
    act_name_joins: tuple[str, ...] = ()
    """Small words that join the capitalised words of an Act's title ("Right to Information",
    "Narcotic Drugs and Psychotropic Substances"), for Acts lawref does not list."""
    act_use_words: tuple[str, ...] = ()
    """Words right before the name of an Act lawref does not list (past "the") that cite it as
    law ("under", "of", "u/s"): a name without one is no reference."""
    act_name_stops: tuple[str, ...] = ()
    """Capitalised words at which the name of an Act lawref does not list ends, read back from
    "Act" ("… under Goa Children Act", "The Said Act"); lower-case, and never a name alone."""
    act_gloss_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """Per Act, the starts of the words its own offences are glossed with ("sexual",
    "penetrative" for the POCSO Act; "computer", "privacy" for the IT Act): a bare section of
    it that lawref does not hold, glossed with none of them, is not read as its ("Section 69
    (sexual intercourse by deceitful means)" after the IT Act is the BNS's)."""
    act_offence_sections: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """Per Act of ``act_gloss_words``, the sections that create or punish its offences (POCSO
    ss.3-23; IT Act ss.43-45, 65-74): for one of them a gloss with the Act's own words is the
    Act's whatever else it says; for another number, a word of ``act_gloss_foreign_words``
    makes the gloss another law's."""
    act_gloss_foreign_words: tuple[str, ...] = ()
    """The starts of words of the general Codes' offences and rules that no gloss of an Act in
    ``act_gloss_words`` has ("common intention", "conspiracy", "stalking"): a gloss with one of
    them is another law's, whatever else it says ("Section 34 (common intention in the rape of
    the girl)" after the POCSO Act)."""
    act_gloss_rule_words: tuple[str, ...] = ()
    """The starts of words of the general Codes' rules of joint liability ("common intention",
    "conspiracy"): before an Act's own words in the gloss of one of its offence sections, they
    make the gloss another law's ("Section 3(5) (common intention in the rape)" after the POCSO
    Act is the BNS's s.3(5)); a general Code's offence beside the Act's own does not ("Section 6
    (kidnapping and aggravated penetrative sexual assault)" is POCSO s.6; review 2026-12-17a
    F9)."""
    act_name_inner_words: tuple[str, ...] = ()
    """Words of ``act_name_stops`` that are words of a title when a capitalised word that is no
    stop word stands right before them ("Criminal Law Amendment Act, 1932"; "the Amendment
    Act" names no Act)."""
    verb_prefixes: tuple[str, ...] = ()
    """Prefixes a verb takes with a hyphen ("re-uploaded", "cross-posted", "self-recorded"): a
    conduct word after one of them is the verb, not the end of a modifier ("AI-morphed
    images")."""
    object_negators: tuple[str, ...] = ()
    """Words between a frame's trigger and its object that deny the object ("the phone has no
    photos"); "not only" does not."""
    subject_stops: tuple[str, ...] = ()
    """Words at which a passive frame's subject phrase ends, read back from it: conjunctions,
    relative and subordinating words ("after explicit videos were recovered")."""
    agent_followers: tuple[str, ...] = ()
    """Words that may follow a lawful agent's head ("created by the police to coordinate …");
    any other word makes the lawful word a modifier ("a police constable")."""
    not_owners: tuple[str, ...] = ()
    """Possessors that show a thing is not the offender's ("the victim's phone", "the lab's
    computers"), for frames that refuse owners."""
    origin_prepositions: tuple[str, ...] = ()
    """Words that begin where a passive frame's material came from ("recovered from the
    victim's phone")."""
    count_words: tuple[str, ...] = ()
    """Words after "sections, including 20" that make the number a count ("20 new offences"),
    beside ``counted_nouns``."""
    list_count_nouns: tuple[str, ...] = ()
    """Nouns whose count ends a list of sections when said right after a number in a new clause
    ("Sections 11 and 12, and 3 FIRs were registered"): cases and people counted."""
    list_count_people: tuple[str, ...] = ()
    """Of ``list_count_nouns``, the people, whose count ends the list with a plural verb after
    them too ("… and 2 accused were arrested")."""
    range_units: tuple[str, ...] = ()
    """Words after "Section 6 to 10" that make it a term, a time or a date ("… to 10 years",
    "till 12 noon"), not a range of sections."""
    scope_window: int = 30
    """How many words before a conduct word :attr:`conditional_cues`, :attr:`threat_cues` and
    :attr:`law_cues` are looked for (a bound that keeps reading linear)."""

    @field_validator("link_markers")
    @classmethod
    def _markers_single_spaced(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        """A link marker is found as a trie of its words joined by one space
        (:class:`~lawref.analysis.furniture.LinkHeadlines`; of two that begin at one place the
        longer is taken): it is written so, not empty, with no blank at either end and none
        doubled (review 2027-01-01b F5)."""
        for marker in value:
            if not marker.strip() or " ".join(marker.split()) != marker:
                raise ValueError(
                    f"a link marker is written with single spaces and no blank at either end: "
                    f"{marker!r}"
                )
        return value


Confidence = Literal["high", "medium", "low"]
"""How sure a mention is: ``high`` when the text names both who did it and what it was done to
(the material or the child), ``medium`` when it names one of them, ``low`` when neither."""


class Mention(Frozen):
    """Offending conduct a text describes: the span, the words, the conduct, and the provisions
    that reach it on the analysis date; with its evidence — the words that name the act
    (``trigger``), the material or child it acts on (``acts_on``), the actor when the sentence
    names one — and a ``confidence`` that says how much of that evidence was found."""

    start: int
    end: int
    text: str
    conduct: ConductId
    provisions: tuple[str, ...]
    trigger: str = ""
    acts_on: str | None = None
    actor: str | None = None
    confidence: Confidence = "low"


class StatuteReference(Frozen):
    """A law a text names, resolved to a provision id (or only the Act), with flags where the
    section is not in the Act, not in lawref's data, not in force on the date, or misnamed.
    ``section`` is the number as read ("376(2)(n)", "67B"), also where lawref does not hold it;
    ``act_from`` quotes the earlier words the Act was taken from when the reference itself names
    none ("Section 21 of the Act", a bare "Section 67B" after "the IT Act"); ``act_start`` and
    ``act_end`` place the Act's name when the reference's own words name it ("… of the
    Information Technology Act", "IPC Section 292"), so a reader can mark both. ``act`` is an
    Act's id; an Act lawref does not know, read by its own name ("Section 8 of Goa Children Act,
    2003"), has the id ``unlisted:`` and that name in hyphenated lower-case words
    (``unlisted:goa-children-act``)."""

    start: int
    end: int
    text: str
    act: str | None
    provision: str | None
    flags: tuple[str, ...] = ()
    section: str | None = None
    act_from: str | None = None
    act_start: int | None = None
    act_end: int | None = None
    limb: int | None = None
    """The limb of ``provision``'s penalty the text cites by a mark the statute does not print
    ("506(ii)", "506 Part II": IPC s.506's second limb; ``LimbCitation``): 1 for the general
    punishment, 2 onwards for ``Penalty.limbs``; None where none is cited."""


PaymentKind = Literal["compensation", "fund"]
"""What money a court ordered paid beyond a fine is for (``StatedPunishment.payment``)."""

Payer = Literal["accused", "state"]
"""Who pays money a court ordered (``StatedPunishment.payer``)."""


UnmeasuredKind = Literal["imprisonment", "fine"]
"""A kind of punishment a text names with no term or amount (``StatedPunishment.unmeasured``)."""


class StatedPunishment(Frozen):
    """A punishment a text states ("imprisonment up to five years and a fine of up to Rs 10
    lakh"), read into numbers: terms in months, the fine in rupees; the provision it is said of
    (a resolved reference in the same sentence), and ``differs``, saying how the law on the
    analysis date differs, when it does."""

    start: int
    end: int
    text: str
    claims: str
    min_months: float | None = None
    max_months: float | None = None
    term_days: int | None = None
    """The term as the text states it in days ("ten days' simple imprisonment", "10-10 दिन के
    कारावास की सजा"), where it does; ``max_months`` then holds it in months, a day being 12/365 of
    a month."""
    life: bool = False
    death: bool = False
    community_service: bool = False
    """The text says community service is to be done or was ordered ("directed him to perform
    community service at a government hospital"): a punishment under BNS s.4(f), an order a
    Juvenile Justice Board may make, or a condition a High Court sets when it quashes a case.
    No provision lawref holds provides it, so it is never compared with one."""
    payment_inr: int | None = None
    """Money a court ordered paid that is not a fine, in rupees (the largest, where the statement
    has more than one): compensation to the victim or the family, or a sum to a fund set as the
    condition of an order ("pay Rs 50,000 towards the Army Welfare Fund"). No provision lawref
    holds fixes it, so it is never compared with one."""
    payment: PaymentKind | None = None
    """What ``payment_inr`` is for: compensation, or a fund."""
    payer: Payer | None = None
    """Who pays ``payment_inr``, where the text says: the accused, whom a court may order to pay
    compensation (CrPC s.357(3): "directed him to pay Rs 5 lakh as compensation"), or the State,
    which pays the compensation a Special Court awards a child (POCSO Act s.33(8), POCSO Rules,
    2020, r.9) and victim compensation (CrPC s.357A, BNSS s.396: "to be paid by the DLSA").
    ``None`` where the award names no payer ("awarded compensation of Rs 3 lakh to the
    victim")."""
    unmeasured: tuple[UnmeasuredKind, ...] = ()
    """The kinds of punishment the text names as the law's with no term or amount that lawref
    reads ("faces jail", "punishable with imprisonment": imprisonment; "punishable with fine": a
    fine; "may face legal consequences, including fines and imprisonment": both), read only in
    a sentence that states no term, amount, life or death. They are compared with no law:
    naming a kind the provision has is no statement of its measure."""
    fine_max_inr: int | None = None
    """The fine the text states, in rupees: its most ("a fine up to Rs 10 lakh"), the fine a
    court imposed ("a fine of Rs 10,000"), or a bare amount; ``None`` where the text states only
    the least fine (``fine_min_inr``)."""
    fine_min_inr: int | None = None
    """The least fine the text states, in rupees ("a fine of not less than Rs 5,000", the form
    of POCSO Act s.15(1) since the Amendment Act, 2019); ``fine_max_inr`` is then ``None``."""
    provision: str | None = None
    not_compared: str | None = None
    """Why the statement was compared with no law, where lawref chose not to, on a day that is
    not the caller's (the caller's day is the conduct's, on which only the law in force is
    law): a Bill to change (or to enact) the provision was pending on the day read, or a Bill
    or an Ordinance is named in its sentence or one of the two before, and the text may state
    the Bill's text, which lawref does not hold
    ("not compared: a Bill to change it was before Parliament … on 2019-07-24 (The Protection
    of Children from Sexual Offences (Amendment) Bill, 2019) …"); or, on any day, the text
    reports the punishment in a threat, a scam's or an extortioner's words ("The fraudsters
    said that unless he paid Rs 2 lakh, he would be jailed for 10 years under Section 67B").
    ``differs`` is then ``None``."""
    differs: str | None = None
    conviction: Literal["first", "subsequent"] | None = None
    """The conviction the text says the punishment is for ("five years for a first offence and
    seven for a repeat offence": two statements, "first" and "subsequent"), where it names one.
    It is shown, not used to narrow ``differs``, which compares the statement with every tier
    of the law: a term read for the wrong tier would make a right statement differ (reviews
    2026-12-17a to 17c)."""
    imposed: bool = False
    """The text reports a sentence a court imposed ("sentenced him to three years' rigorous
    imprisonment and a fine of Rs 10,000"), not what the law provides: ``differs`` then says only
    where the sentence exceeds what the provision allows (a court may impose less than the
    maximum), and ``max_months`` and ``fine_max_inr`` hold the term and fine imposed."""
    in_default: bool = False
    """With ``imposed``: the term is one to be served if the fine is not paid ("in default of
    payment of fine, simple imprisonment for three months"; IPC s.64, sentence of imprisonment
    for non-payment of fine), not the sentence for the offence, and is compared with no
    provision's punishment."""


READING_NOTE_OPENINGS = (
    "not in lawref's data",
    "its list names",
    "no Act named",
    "the text names no",
    "not read as",
    "read as ",
    "read from ",
    "the sections inside the range",
    "the amending Act",
)
"""How a reference's flag opens when it says how lawref read the text or what its data lacks
("not in lawref's data: IPC s.354 …", "read as the second limb of IPC s.506 …", "the text
names no Act here; read as …", "the amending Act: it changed …", said of an amending Act named
for what it did), not that the text's statement of the law is wrong ("misnamed",
"was repealed", "has no section 67C"): the summary lists the two apart."""


def is_reading_note(flag: str) -> bool:
    """Whether *flag* is a note on lawref's reading (``READING_NOTE_OPENINGS``) rather than a
    difference between the text's statement of the law and the law."""
    return flag.startswith(READING_NOTE_OPENINGS)


DaySource = Literal["given", "text", "inferred", "today"]
"""Where the day a text is read against came from (``Analysis.as_of_source``): the caller's
(``given``, the conduct's date), the text's own (``text``: the report's date, no earlier than
the conduct), inferred from what the text names (``inferred``: the earliest the report can
be, no bound on the conduct), or today's, for a text with no date (``today``)."""


def is_law_ended(flag: str) -> bool:
    """Whether *flag* says that law the text names had ended by the day read: its Act repealed
    ("IPC was repealed with effect from 2024-07-01 by bns-2023"), or the provision omitted or
    its Act repealed ("no longer in force on …")."""
    return flag.startswith("no longer in force on ") or " was repealed with effect from " in flag


def is_rules_superseded(flag: str) -> bool:
    """Whether *flag* says that Rules the text names had been replaced by the day read
    ("superseded: …")."""
    return flag.startswith("superseded: ")


def is_law_not_begun(flag: str) -> bool:
    """Whether *flag* says that law the text names had not begun on the day read: its Act not
    yet in force ("BNS was not yet in force on 2023-05-01"), or the provision not yet made
    ("not yet in force on …")."""
    return flag.startswith("not yet in force on ") or " was not yet in force on " in flag


def is_difference(flag: str, source: DaySource, rules: bool = False, to_come: bool = False) -> bool:
    """Whether a reference's *flag* says the text's statement of the law is wrong, for a text
    read against a day from *source*, or is a note (``AnalysisSummary.reading_notes``,
    ``date_notes``).

    A difference must hold on every day the conduct may be, as far as lawref knows it; lawref
    does not read the conduct's own date in a text, so a difference that rests on it is missed,
    not guessed (a wrong "differs" is worse than a missed one):

    - a note on the reading never is;
    - on the caller's day, the conduct's date, every other flag is;
    - law that had ended (``is_law_ended``), or Rules replaced (``is_rules_superseded``), is
      not on any other day: the conduct, or the step the Rules govern, may be earlier than the
      report, when the law stood (a judgment of 2025 upholding a conviction under the IPC);
    - law not yet begun (``is_law_not_begun``) is on the report's own date or today's, which
      no conduct is later than, and not on an inferred day, which bounds nothing; Rules not yet
      begun (*rules*: the flag is said of Rules) are not on the caller's day either, since the
      step they govern (a compensation order, a medical examination, a platform's takedown)
      comes after the conduct (review 2026-12-24c H3); and law the text may speak of as law
      to come (*to_come*) is only on the caller's day: law enacted by the day read and not
      yet begun (the BNS between its assent on 25 December 2023 and 1 July 2024: "from July
      1, sharing such material will be punishable under section 294 of the BNS"), law while
      a Bill for it was before Parliament (review 2026-12-25c H1), and law named in a sentence
      of a Bill or of the future, or after a proposal ("passed by Parliament", "will be
      punishable", "the committee recommended"; the summary's reading, reviews 2026-12-25a
      H4, 26a M1). A sentence that tells of it
      applied to a case ("was booked under …") is not told apart (review 2026-12-25b H1)."""
    if is_reading_note(flag):
        return False
    if is_law_not_begun(flag):
        if source == "given":
            return not rules
        return source in ("text", "today") and not to_come
    if source == "given":
        return True
    return not (is_law_ended(flag) or is_rules_superseded(flag))


class AnalysisSummary(Frozen):
    """What a careful lawyer would take from the text: its conduct, the provisions to consider
    with their penalties, where the text's own statement of the law differs from the law on the
    date (``differences``: a misnamed Act, a section the Act does not have, one not in force, a
    stated punishment the law does not provide), how lawref read the references it could not
    take at their word (``reading_notes``: what its data lacks, an Act taken from earlier words,
    a limb cited by a mark), law named that stood on another day than the one read
    (``date_notes``), and lawref's conduct map beside the law the text names
    (``conduct_notes``) — notes, not claims about the text."""

    conducts: tuple[ConductId, ...]
    provisions: tuple[LookupProvision, ...]
    named_in_text: tuple[str, ...]
    differences: tuple[str, ...]
    reading_notes: tuple[str, ...] = ()
    date_notes: tuple[str, ...] = ()
    """Law the text names that was not in force on the day read, where that day is not the
    conduct's and the conduct may fall on a day the law stood (``is_difference``): law that had
    ended and Rules replaced, unless the caller gave the day; law not yet begun, on an inferred
    day, and on any day but the caller's where the text may speak of it as law to come
    (enacted by then, or named in a sentence of a Bill or of the future); Rules not yet begun,
    on the caller's day too (they govern a step after the conduct). Each says where the day
    came from and what would make the text wrong."""
    conduct_notes: tuple[str, ...] = ()
    """Where lawref's conduct map and the law the text names part, from lawref's reading of the
    conduct (which may miss or mistake some): a section the text names that the map takes none
    of the conduct read to ("“67” (it-act-2000/s67): lawref maps none of the conduct it read
    (sharing) to it on 2021-01-01"), and a heavier provision the map takes it to that the text
    leaves unnamed. Never a claim that the text is wrong: a report need not name every
    provision, and a section the map does not take a conduct to may still reach it."""


class Analysis(Frozen):
    """The result of reading a text: mentions, statute references and a summary, on a date.
    A text with more than 10,000 mentions (or references, or stated punishments) lists the
    first 10,000 and counts the rest in ``…_not_listed``; the summary covers them all. A text
    that names no child, no child abuse material and no provision about children reports no
    conduct, and ``mentions_note`` says so."""

    as_of: dt.date
    as_of_source: Literal["given", "text", "inferred", "today"]
    as_of_quote: str | None
    as_of_note: str | None = None
    mentions: tuple[Mention, ...]
    statute_references: tuple[StatuteReference, ...]
    summary: AnalysisSummary
    reviewed_on: dt.date
    stated_punishments: tuple[StatedPunishment, ...] = ()
    mentions_note: str | None = None
    mentions_not_listed: int = 0
    statute_references_not_listed: int = 0
    stated_punishments_not_listed: int = 0
