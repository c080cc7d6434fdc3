//! The guided questions, as read from `data/questions.json`.
//!
//! Order, wording and options are data. Each question has a `kind` that tells the ranking what its answer means;
//! topic and help options are free slugs that offers refer to, so adding a topic touches no Rust.

use super::text::LocalizedText;
use serde::{Deserialize, Serialize};

/// Who the person using the guide is asking for. The wording of later questions follows this choice.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Who {
    /// Asking for themselves.
    Me,
    /// A relative or friend asking for someone close.
    Relative,
    /// A professional helping a citizen.
    Professional,
}

/// What a question's answer means to the rest of the app.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// "Is anyone in danger right now?" Yes leads straight to crisis help.
    Danger,
    /// Who needs help. Options are `me`, `relative`, `professional`.
    Who,
    /// Age of the person affected, or "don't know".
    Age,
    /// What it is about (several allowed). Options are topic slugs.
    Topics,
    /// What kind of help is wanted (several allowed). Options are help slugs.
    Help,
    /// Whether help without referral is preferred. Options are `yes`, `no`.
    Referral,
}

impl QuestionKind {
    /// True for questions answered by ticking several boxes.
    pub fn is_multiple(self) -> bool {
        matches!(self, QuestionKind::Topics | QuestionKind::Help)
    }
}

/// A text worded for each kind of asker ("Hvor gammel er du?" / "Hvor gammel er personen?").
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Phrased {
    /// Wording for a person asking for themselves, and for anyone when no other wording fits.
    pub me: LocalizedText,
    /// Wording for relatives.
    #[serde(default)]
    pub relative: Option<LocalizedText>,
    /// Wording for professionals.
    #[serde(default)]
    pub professional: Option<LocalizedText>,
}

impl Phrased {
    /// The wording for this asker.
    pub fn for_who(&self, who: Option<Who>) -> &LocalizedText {
        let specific = match who {
            Some(Who::Relative) => self.relative.as_ref(),
            Some(Who::Professional) => self.professional.as_ref(),
            _ => None,
        };
        specific.unwrap_or(&self.me)
    }

    /// Every wording, for validation.
    pub fn all(&self) -> impl Iterator<Item = &LocalizedText> {
        std::iter::once(&self.me)
            .chain(self.relative.iter())
            .chain(self.professional.iter())
    }
}

/// One answer option.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    /// Slug stored in the answers.
    pub value: String,
    /// What the option says.
    pub label: Phrased,
    /// Optional one-sentence hint.
    #[serde(default)]
    pub hint: Option<Phrased>,
    /// Choosing this option signals acute risk: the guide goes to crisis help at once.
    #[serde(default)]
    pub acute: bool,
    /// Other words people use for this topic or kind of help ("misbrug", "stress"), comma-separated, so the
    /// search on `/tilbud` finds its offers by them too. Editorial, like the labels: they claim nothing about an
    /// offer beyond the topic it already has.
    #[serde(default)]
    pub search_words: Option<LocalizedText>,
    /// For an acute option: the crisis lines, by id, that a search naming it shows right under 112, before the way
    /// to every line. An editorial choice, like a line's alternatives: each must fit everyone who searches that way
    /// (Livslinien for thoughts of suicide; none for violence, which covers too many situations for one line).
    #[serde(default)]
    pub crisis_lines: Vec<String>,
}

/// One question page.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Slug used in the route (`/sporgsmal/<id>`).
    pub id: String,
    /// What the answer means.
    pub kind: QuestionKind,
    /// The question, which is the page heading.
    pub title: Phrased,
    /// One short sentence under the heading.
    #[serde(default)]
    pub hint: Option<Phrased>,
    /// Short label for the check-answers page.
    pub summary_label: Phrased,
    /// The options (empty for the age question).
    #[serde(default)]
    pub options: Vec<AnswerOption>,
    /// Offer a "Ved ikke" answer that never excludes anything.
    #[serde(default)]
    pub dont_know: bool,
    /// For the age question: the units people type after the number ("år", "årig", "years old"), comma-separated
    /// per language. The field shows "år" beside it, and "17 år" was answered with "Skriv alderen som et tal".
    #[serde(default)]
    pub units: Option<LocalizedText>,
}

impl Question {
    /// The option with this value.
    pub fn option(&self, value: &str) -> Option<&AnswerOption> {
        self.options.iter().find(|o| o.value == value)
    }
}

/// The ordered question list, and the words the search leaves out.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Questions {
    /// Questions in the order they are asked.
    pub questions: Vec<Question>,
    /// Words that carry no meaning of their own in a search typed as a sentence ("min", "har" in "min søn har
    /// autisme"), comma-separated per language. Editorial, like the options' search words; see
    /// [`super::search`].
    pub search_ignored_words: LocalizedText,
    /// Words that say who is involved, not what help is wanted ("søn", "kæreste", "husband", and staff's
    /// "socialrådgiver" or "klient"), comma-separated per language: left out of a search that names a crisis too,
    /// so that under the crisis prompt "min søn vil tage sit liv" lists no family offers for "søn". Outside a crisis they are searched as any word ("min søn har
    /// autisme"), but offers that only they find for a search with other words ("min far er død") are said to fit
    /// only who it is about. Editorial, like the ignored words.
    pub search_people_words: LocalizedText,
    /// Words no offer has that are words of their own, not typos of a word offers have, comma-separated per
    /// language: "skilt" (divorced) is no "skidt" (bad), "spiller" (gambles) no "piller" (pills), "bills" no
    /// "pills". A search looks for them as typed, never as the word a typo would be read as or as part of a
    /// compound, so it says that no offer has them and points on; nor as a typo, a compound or the start of a crisis
    /// word ("træt", tired, is no "truet", threatened; "foreslår", suggests, no "slår", beats; "true" no "truet").
    /// Editorial, like the ignored words.
    pub search_not_typos: LocalizedText,
    /// Ways of saying that no referral is wanted ("uden henvisning", "no referral"), comma-separated per language.
    /// A search with every word of one of them, anywhere and in any inflection ("psykolog uden en henvisning", "jeg
    /// vil ikke have henvisning"), lists only the offers one can start on one's own, as "Kun tilbud uden
    /// henvisning" does: "jeg har angst og vil ikke have henvisning" found only the clinic that needs a GP's
    /// referral, by its word "henvisning". Their words belong among the ignored words too, so they are not looked
    /// for in the offers' texts. Editorial, like the ignored words.
    pub search_no_referral: LocalizedText,
    /// Ways of asking where one can just come in ("mød op", "walk in"), comma-separated per language. A search with
    /// the words of one of them in a row, in any inflection ("hvor kan jeg møde op"), lists only the offers one
    /// can walk in to, and does not look for those words in the offers' texts: "mød op" listed the offers whose
    /// texts say "ring, før du møder op" (call before you come). Editorial, like the ignored words.
    pub search_walk_in: LocalizedText,
    /// Ways of asking for someone to call or write to now ("hvem har åbent nu", "om natten", "someone to call"),
    /// comma-separated per language. A search with the words of one of them in a row, in any inflection, shows every
    /// crisis and advice line, with whether it is open now, and the offers only its other words find: "hvem har
    /// åbent nu" listed all 32 offers, which are daytime services. Those words are not searched for. Editorial,
    /// like the ignored words.
    pub search_lines: LocalizedText,
    /// Sayings whose words mean something else one by one, each with the words to search for instead, as
    /// "saying = words", comma-separated per language: "kan ikke sove = søvnproblemer" (can't sleep), since "sove"
    /// alone is the "sove" of the housing offers ("hvor kan jeg sove i nat"), and "ondt i livet = ked af det". The
    /// words in a row, in any inflection, are searched as the words after "=", and named back as typed. Not where
    /// one of them makes the search acute. Editorial, like the ignored words.
    pub search_phrases: LocalizedText,
    /// Words for a paragraph of the law ("paragraf", "section"), comma-separated per language. Followed by a number,
    /// such a word is read as the section sign: "paragraf 85", as a phone's dictation writes it, finds what "§ 85"
    /// finds ([`super::catalogue::Offer::legal_basis`]). Editorial, like the ignored words.
    pub search_paragraph_words: LocalizedText,
    /// Words that may come between the words of a crisis phrase ("gerne", "bare", "virkelig", "just", "really"),
    /// comma-separated per language: "jeg vil så gerne dø" has "vil dø" with two of them between, and "I want to
    /// just die" "want to die" with one. Never a word that changes what is said ("ikke", "not"): "jeg vil ikke dø"
    /// must stay calm. Editorial, for the crisis-line reviewers, like the phrases themselves.
    pub search_acute_fillers: LocalizedText,
    /// Words of someone who may do harm that are no words of who is involved ([`Questions::search_people_words`]),
    /// comma-separated per language: pronouns ("han", "nogen", "someone") and roles that are other words too
    /// ("træner", which also says "trains"). In a crisis phrase, `@` stands for one of these or of the words of who
    /// is involved: "@ gør mig ondt" is "min stedfar gør mig ondt", "han gør mig ondt" and the like, while "det gør
    /// mig ondt" (I am sorry) stays calm. Editorial, for the crisis-line reviewers, like the phrases themselves.
    pub search_acute_persons: LocalizedText,
    /// Idioms in which a crisis word says something calm, comma-separated per language: "slået op" (broken up, not
    /// beaten), "keder mig ihjel" (bored to death), "slå tiden ihjel" (kill time). Their words make no search acute
    /// by themselves; a crisis phrase among them still does ("jeg vil slå mig ihjel"). Only unambiguous idioms:
    /// editorial, for the crisis-line reviewers, like the crisis phrases themselves.
    pub search_calm_idioms: LocalizedText,
    /// Ways of stating the age of whoever it is about, with `#` for the number ("er # år", "på # år", "# years
    /// old") and `@` for a word of who is involved ([`Questions::search_people_words`], but not those in
    /// [`Questions::search_people_counted`]: "@ er #" for "min søn er 17"), comma-separated per language. A search
    /// with one, in any inflection ("min søn på 17 år", "16-årig"), lists the offers found for another age apart,
    /// with the limit that rules each out, as the results list the near misses: "jeg er 16 og har angst" listed
    /// Psykiatriens Hus, which is for adults, among the offers that fit. Editorial, like the ignored words.
    pub search_age_phrases: LocalizedText,
    /// Ways of stating one's own age ("jeg er #", "I am #"), as [`Questions::search_age_phrases`], comma-separated
    /// per language. Such an age counts only in a search without a word of who else is involved
    /// ([`Questions::search_people_words`]): in "jeg er 45, og min søn har autisme" the offers' limits are about the
    /// son. Editorial, like the ignored words.
    pub search_own_age_phrases: LocalizedText,
    /// Words of who is involved ([`Questions::search_people_words`]) whose number is a count, not an age,
    /// comma-separated per language: "en familie på 5" is a family of five, while "min søn på 5" is five years old
    /// (`@` in [`Questions::search_age_phrases`]). Editorial, like the ignored words.
    pub search_people_counted: LocalizedText,
    /// Words that, right after a way of stating an age ([`Questions::search_age_phrases`]) or one ignored word
    /// later, make its number a time or a difference, not an age, comma-separated per language: "det er 10 år
    /// siden jeg fik en hjerneskade", "min bror er 5 år yngre", "my brother is 5 years older". Editorial, like the
    /// ignored words.
    pub search_no_age_after: LocalizedText,
    /// Last parts of a compound that say too little of the need to read the compound by, comma-separated per
    /// language: "gældsrådgivning" (debt advice) is no search for every offer of advice, nor "spillemisbrug"
    /// (gambling) for the offers about alcohol and drugs. Such a compound, unless its first part is a word the
    /// offers have ("alkoholbehandling"), is named back as a word no offer has, and the page points on to the
    /// places to ask about anything. Editorial, like the ignored words.
    pub search_vague_compound_ends: LocalizedText,
    /// The asker's own possessives ("min", "vores", "my", "our"), comma-separated per language. Before a word of who
    /// is involved ("min søn er 17"), they say that the asker is not the one the age is of, so the search suggests
    /// the lines for a relative of that age, not those for the person (Børnetelefonen is for the son); without one
    /// ("pige på 15 år") the asker may be either, so both. Editorial, like the ignored words.
    pub search_asker_possessives: LocalizedText,
    /// Words of who is involved ([`Questions::search_people_words`]) that name a grown-up: a parent or a spouse,
    /// comma-separated per language. After one of the asker's possessives ("min mor", "my wife"), with no other
    /// word of who is involved and no age stated, they say that the person it is about is an adult, so the offers
    /// for children only are listed apart, as for another age: "min mor har et handicap" had listed the family
    /// consultants for children with a disability and the sibling groups. Not "kæreste" (a partner may be 16), nor
    /// "søn" (a son may be 50, but is a child as often). Editorial, like the ignored words.
    pub search_adults: LocalizedText,
    /// Words of who is involved ([`Questions::search_people_words`]) that say the person is grown up ("voksen",
    /// "adult"), comma-separated per language. Wherever they stand, with no age stated, they say that the person it
    /// is about is an adult, as [`Questions::search_adults`] after a possessive do, unless another word of who is
    /// involved stands apart from them: "autisme voksen" and "min voksne søn" are about an adult, "børn og voksne
    /// med autisme" about both. Editorial, like the ignored words.
    pub search_grown_up_words: LocalizedText,
}

impl Questions {
    /// Parses the questions JSON.
    pub fn from_json(json: &str) -> Result<Questions, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// The question with this id.
    pub fn get(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The (first) question of this kind.
    pub fn of_kind(&self, kind: QuestionKind) -> Option<&Question> {
        self.questions.iter().find(|q| q.kind == kind)
    }

    /// Position of a question, 0-based.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    /// True when `slug` is a topic option marked acute (it sends the person to crisis help).
    pub fn is_acute_topic(&self, slug: &str) -> bool {
        self.of_kind(QuestionKind::Topics)
            .and_then(|q| q.option(slug))
            .is_some_and(|o| o.acute)
    }
}
