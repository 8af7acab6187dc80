//! Event coding: who does what to whom, in CAMEO and PLOVER, with negation, modality and
//! attribution kept apart from facts.
//!
//! For each sentence the coder:
//!
//! 1. finds **triggers**: the verbs and nouns of `data/triggers.tsv` (condemn, accuse, call on,
//!    reject, threaten, welcome, meet, sanction, attack, ...), longest form first, skipping words
//!    inside actor names and inside scare quotes or titles;
//! 2. finds each trigger's **source and target** among the actor mentions of the actors stage, by
//!    the trigger's role: a verb's subject and object (or the `by` agent of a passive, or of what is
//!    criticised), a noun's `from/by X` or `X's` and its `of/against X`, a request's addressee;
//! 3. **refines** the CAMEO code by the words that follow (`accused X of war crimes` → 1124), and
//!    codes an announced cooperative act as the intent to do it (`will meet` → 036, AGREE, as the
//!    PLOVER manual asks; `data/intents.tsv`); then a **learned sense model** (`model/senses.rlm`,
//!    trained from the gold sets by `rhetor train event-senses`) retypes the cooperative events
//!    whose context says aid, support or intent rather than what the rules chose (`their support
//!    to my country` → 070, AID);
//! 4. qualifies it: **negated** (`did not respond`, and everything after a negated perception such
//!    as `we have not seen any condemnation`), **modality** (demanded, future, hypothetical,
//!    question) and **reported_by** (whose claim it is: the subject of a speech verb, `according
//!    to X`, else the speaker of the document);
//! 5. adds the speaker's **demands** (`X should join the conventions` → speaker → X, demanded) and
//!    **accusations** carried by nouns (`Armenia's occupation`, `its policy of ethnic cleansing`
//!    → speaker → agent, 112x);
//! 6. scores each event with a **learned presence model** (`model/presence.rlm`, trained from the
//!    gold sets by `rhetor train event-presence`): its `confidence` is the probability that a gold
//!    annotator codes an event on that trigger, and an event under the threshold chosen by
//!    cross-validation is dropped (`the statement was released by`, `a threat to peace`); the
//!    speaker's demands of step 5, which the gold guidelines do not code, are kept unjudged;
//! 7. names a **source** for the kept events the rules found none for, with a **learned source
//!    model** (`model/sources.rlm`, trained from the gold sets by `rhetor train event-sources`):
//!    it ranks the sentence's actors, the claimant and no one by where each stands relative to the
//!    trigger, and names the best only when it leads `no one` by the margin chosen by
//!    cross-validation (`For two decades, Pakistan has fought terrorism, defeating terrorist
//!    groups`); a source the rules found is never replaced.
//!
//! Every rule that concerns a word is in a lexicon file under `data/`, written for rhetor; the
//! code only knows roles and cue kinds. A negated event, or one that is not asserted, must never
//! be counted as having happened: aggregates filter on `negated` and `modality`.

mod coder;
mod lexicon;
mod presence;
mod senses;
mod sentence_view;
mod sources;

pub use coder::{find_events, find_events_by_rules, find_every_event};
pub use presence::{is_speakers_modal_demand, presence_probability};
pub use senses::{
    cameo_table_metadata, chosen_type, is_in_sense_family, party_ranges, sense_features, SENSE_BUCKETS_LOG2,
};
pub use sources::{candidate_filling_the_source, source_candidates, SourceCandidate, SOURCE_BUCKETS_LOG2};
