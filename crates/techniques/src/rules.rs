//! A few written rules for what the training data has too few examples of for any learned model
//! here, in two groups that training measures separately, by the same cross-validation as the
//! models, and records in the model metadata; the detector applies a group only when adding it
//! did not lower micro-F1:
//!
//! - [`RuleGroup::Distraction`]: a sentence that turns a criticism back on its critic
//!   (`Whataboutism`: 16 training paragraphs; `Appeal_to_Hypocrisy`: 40);
//! - [`RuleGroup::ScareQuoteDoubt`]: a phrase in scare quotes (the segmenter's quote classifier)
//!   casts `Doubt` on it.
//!
//! Cues the training data contradicts are left out: the word "hypocrisy" marks
//! `Appeal_to_Hypocrisy` in 1 of the 22 training paragraphs that use it (it is mostly
//! `Loaded_Language`), and "what about …?" marks `Whataboutism` in 1 of 8.

/// A group of rules, adopted or not as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleGroup {
    /// "Instead of … should …" (`Whataboutism`), "double standards" (`Appeal_to_Hypocrisy`).
    Distraction,
    /// Scare quotes (`Doubt`).
    ScareQuoteDoubt,
}

impl RuleGroup {
    /// Every group, in the order training adds them.
    pub const ALL: [RuleGroup; 2] = [RuleGroup::Distraction, RuleGroup::ScareQuoteDoubt];

    /// The group's name in reports and model metadata.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            RuleGroup::Distraction => "distraction",
            RuleGroup::ScareQuoteDoubt => "scare_quote_doubt",
        }
    }
}

/// A technique a rule found, and the cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RuleFinding {
    /// The technique id.
    pub(crate) technique: &'static str,
    /// What fired, for the evidence.
    pub(crate) cue: &'static str,
    /// The rule's group.
    pub(crate) group: RuleGroup,
}

/// Each group's techniques.
pub(crate) const RULE_TECHNIQUES: [(RuleGroup, &str); 3] = [
    (RuleGroup::Distraction, "Whataboutism"),
    (RuleGroup::Distraction, "Appeal_to_Hypocrisy"),
    (RuleGroup::ScareQuoteDoubt, "Doubt"),
];

/// The technique of the scare-quote rule.
pub(crate) const SCARE_QUOTE_FINDING: RuleFinding = RuleFinding {
    technique: "Doubt",
    cue: "rule: scare quotes",
    group: RuleGroup::ScareQuoteDoubt,
};

/// The distraction-rule findings of one sentence.
pub(crate) fn sentence_rule_findings(sentence: &str) -> Vec<RuleFinding> {
    // Nearly no sentence has a cue: look for one before reading words.
    let has_cue = |cue: &str| {
        sentence
            .as_bytes()
            .windows(cue.len())
            .any(|window| window.eq_ignore_ascii_case(cue.as_bytes()))
    };
    if !has_cue("instead of") && !has_cue("double standard") {
        return Vec::new();
    }
    let lowered = sentence.to_lowercase();
    let words: Vec<&str> = lowered
        .split(|character: char| !(character.is_alphanumeric() || character == '\''))
        .filter(|word| !word.is_empty())
        .collect();
    let mut findings = Vec::new();
    // "Instead of lecturing others, X should fix its own ...": the criticism turned back.
    if words.starts_with(&["instead", "of"]) && words.iter().skip(2).any(|word| *word == "should") {
        findings.push(RuleFinding {
            technique: "Whataboutism",
            cue: "rule: instead of … should",
            group: RuleGroup::Distraction,
        });
    }
    if words
        .windows(2)
        .any(|pair| pair[0] == "double" && matches!(pair[1], "standard" | "standards"))
    {
        findings.push(RuleFinding {
            technique: "Appeal_to_Hypocrisy",
            cue: "rule: double standards",
            group: RuleGroup::Distraction,
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_fire_on_their_patterns_only() {
        let techniques = |sentence: &str| -> Vec<&str> {
            sentence_rule_findings(sentence)
                .into_iter()
                .map(|finding| finding.technique)
                .collect()
        };
        assert_eq!(
            techniques("Instead of lecturing us, the minister should fix his own ministry."),
            vec!["Whataboutism"]
        );
        assert_eq!(
            techniques("Such double standards are a disgrace."),
            vec!["Appeal_to_Hypocrisy"]
        );
        assert!(techniques("Instead of rain, we had sun.").is_empty());
        assert!(techniques("And what about their own prisons?").is_empty());
        assert!(techniques("The budget passed on Tuesday.").is_empty());
        assert_eq!(
            RuleGroup::ALL.map(RuleGroup::name),
            ["distraction", "scare_quote_doubt"]
        );
    }
}
