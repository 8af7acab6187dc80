//! How the components' scores of a paragraph become one probability per technique: a small
//! logistic regression per technique (a *stack*) over
//!
//! 1. the paragraph model's margin,
//! 2. the highest margin among the paragraph's sentences (sentence model),
//! 3. the highest margin among its words (token tagger; only for its techniques),
//! 4. the mean paragraph-model margin over the article's paragraphs (how much the whole article
//!    uses the technique: a label prior from the other paragraphs),
//! 5. (accurate tier only) the margin of a logistic regression over the paragraph's
//!    all-MiniLM-L6-v2 embedding,
//! 6. (accurate tier only) the highest margin among its content words of a network with one
//!    hidden layer over each word's contextual all-MiniLM-L6-v2 state (for every technique),
//!
//! fitted on *out-of-fold* margins, so that it learns how far each component can be trusted on
//! articles it has not seen, and its output is a calibrated probability on which the thresholds
//! are chosen. Training compares subsets of the inputs by nested cross-validation.

/// How many inputs a stack has (see the module documentation for their order).
pub const STACK_INPUTS: usize = 6;

/// How many inputs the fast tier's stack has: the first four; the fast tier's model file stores
/// only their weights, so that it does not change with the accurate tier.
pub const FAST_STACK_INPUTS: usize = 4;

/// The names of the inputs, in order, as the model metadata records them.
pub const STACK_INPUT_NAMES: [&str; STACK_INPUTS] = [
    "paragraph",
    "sentence",
    "token",
    "article",
    "embedding",
    "context",
];

/// One paragraph's inputs for one technique.
pub type StackInputs = [f32; STACK_INPUTS];

/// The L2 penalty of the stack's weights (on standardised inputs), relative to the sum of the
/// losses: a few thousand rows make it negligible for common techniques and keep the weights of
/// techniques with a dozen positives from running away.
const STACK_L2: f64 = 1.0;

/// Newton iterations of a stack fit: the problem has at most five parameters and converges in
/// far fewer.
const NEWTON_ITERATIONS: usize = 25;

/// Which inputs a stack uses; the paragraph model's margin always.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StackInputSet {
    /// The best sentence's margin.
    pub sentence: bool,
    /// The best word's margin (for the token tagger's techniques).
    pub token: bool,
    /// The article's mean paragraph margin.
    pub article: bool,
    /// The embedding model's margin (accurate tier).
    pub embedding: bool,
    /// The best word's margin of the contextual word model (accurate tier, every technique).
    pub context: bool,
}

impl StackInputSet {
    /// Whether input `input` (an index into [`STACK_INPUT_NAMES`]) is used.
    #[must_use]
    pub fn uses(self, input: usize) -> bool {
        match input {
            0 => true,
            1 => self.sentence,
            2 => self.token,
            3 => self.article,
            4 => self.embedding,
            5 => self.context,
            _ => false,
        }
    }

    /// The names of the inputs used, joined by `+` (`paragraph+sentence+token`).
    #[must_use]
    pub fn name(self) -> String {
        STACK_INPUT_NAMES
            .iter()
            .enumerate()
            .filter(|(input, _)| self.uses(*input))
            .map(|(_, name)| *name)
            .collect::<Vec<_>>()
            .join("+")
    }
}

/// Whether stack input `input` is the token tagger's best word's margin, which only the
/// tagger's techniques have (the contextual word model scores every technique).
fn is_tagger_input(input: usize) -> bool {
    input == 2
}

/// The token input of a paragraph without words: far below any word's margin.
const NO_WORD_MARGIN: f32 = -10.0;

/// One paragraph's stack inputs for every technique, from the paragraph model's margins, the
/// best sentence's (`None` without sentences: the paragraph's own stand in), the best word's
/// (per token label; `None` without words), the article's mean paragraph margins and the
/// embedding model's (`None` in the fast tier: 0, which its stack gives no weight) and the
/// contextual word model's best word's (per technique; `None` in the fast tier or without words:
/// 0); `token_labels[k]` is the technique of token label `k`. Techniques the tagger does not know
/// get a token input of 0 (the stack gives it no weight).
pub(crate) fn stack_inputs(
    paragraph: &[f32],
    best_sentence: Option<&[f32]>,
    best_token: Option<&[f32]>,
    article_mean: &[f32],
    embedding: Option<&[f32]>,
    best_context: Option<&[f32]>,
    token_labels: &[usize],
) -> Vec<StackInputs> {
    paragraph
        .iter()
        .enumerate()
        .map(|(label, &own)| {
            let sentence = best_sentence
                .and_then(|margins| margins.get(label))
                .copied()
                .unwrap_or(own);
            let best_tagged_word = match token_labels.iter().position(|&technique| technique == label) {
                Some(position) => best_token
                    .and_then(|margins| margins.get(position))
                    .copied()
                    .unwrap_or(NO_WORD_MARGIN),
                None => 0.0,
            };
            [
                own,
                sentence,
                best_tagged_word,
                article_mean.get(label).copied().unwrap_or(0.0),
                embedding
                    .and_then(|margins| margins.get(label))
                    .copied()
                    .unwrap_or(0.0),
                best_context
                    .and_then(|margins| margins.get(label))
                    .copied()
                    .unwrap_or(0.0),
            ]
        })
        .collect()
}

/// A fitted stack: per technique a bias and a weight per input (zero for inputs not used).
#[derive(Debug, Clone, PartialEq)]
pub struct Stack {
    /// The inputs it uses.
    pub inputs: StackInputSet,
    /// Per technique: the bias, then one weight per input.
    pub weights: Vec<[f32; STACK_INPUTS + 1]>,
}

impl Stack {
    /// The probability of technique `label` for a paragraph whose inputs are `inputs`
    /// (an unknown label gets 0).
    #[must_use]
    pub fn probability(&self, label: usize, inputs: &StackInputs) -> f32 {
        let Some(weights) = self.weights.get(label) else {
            return 0.0;
        };
        let margin = weights[0]
            + inputs
                .iter()
                .zip(&weights[1..])
                .map(|(input, weight)| input * weight)
                .sum::<f32>();
        1.0 / (1.0 + (-margin).exp())
    }

    /// The probabilities of every technique of one paragraph.
    #[must_use]
    pub fn probabilities(&self, inputs: &[StackInputs]) -> Vec<f32> {
        inputs
            .iter()
            .enumerate()
            .map(|(label, inputs)| self.probability(label, inputs))
            .collect()
    }

    /// Fits a stack on `rows[paragraph][label]` against `gold[paragraph][label]`, with the
    /// inputs of `inputs`; `token_labels[label]` says whether the token tagger knows the label
    /// (its token input is not used otherwise).
    #[must_use]
    pub fn fit(
        rows: &[Vec<StackInputs>],
        gold: &[Vec<bool>],
        inputs: StackInputSet,
        token_labels: &[bool],
    ) -> Stack {
        let weights = token_labels
            .iter()
            .enumerate()
            .map(|(label, &token_known)| {
                let used: Vec<usize> = (0..STACK_INPUTS)
                    .filter(|&input| inputs.uses(input) && (!is_tagger_input(input) || token_known))
                    .collect();
                let examples: Vec<(Vec<f64>, bool)> = rows
                    .iter()
                    .zip(gold)
                    .filter_map(|(row, truth)| {
                        let values = row.get(label)?;
                        Some((
                            used.iter().map(|&input| f64::from(values[input])).collect(),
                            *truth.get(label)?,
                        ))
                    })
                    .collect();
                let fitted = fit_logistic(&examples, used.len());
                let mut weights = [0.0_f32; STACK_INPUTS + 1];
                weights[0] = fitted[0] as f32;
                for (position, &input) in used.iter().enumerate() {
                    weights[input + 1] = fitted[position + 1] as f32;
                }
                weights
            })
            .collect();
        Stack { inputs, weights }
    }
}

/// A logistic regression by Newton's method on standardised inputs, with [`STACK_L2`] on the
/// weights (not the bias); returns the bias then the weights, on the original scale.
fn fit_logistic(examples: &[(Vec<f64>, bool)], dimension: usize) -> Vec<f64> {
    let positives = examples.iter().filter(|(_, truth)| *truth).count();
    let mut result = vec![0.0; dimension + 1];
    if examples.is_empty() || positives == 0 || positives == examples.len() {
        // Nothing to learn: the technique is (almost) never or always there.
        result[0] = if positives == 0 { -12.0 } else { 12.0 };
        return result;
    }
    let count = examples.len() as f64;
    let mut means = vec![0.0; dimension];
    let mut deviations = vec![0.0; dimension];
    for (values, _) in examples {
        for (mean, value) in means.iter_mut().zip(values) {
            *mean += value / count;
        }
    }
    for (values, _) in examples {
        for ((deviation, mean), value) in deviations.iter_mut().zip(&means).zip(values) {
            *deviation += (value - mean).powi(2) / count;
        }
    }
    for deviation in &mut deviations {
        *deviation = deviation.sqrt().max(1e-6);
    }
    let size = dimension + 1;
    let mut parameters = vec![0.0; size];
    parameters[0] = (positives as f64 / (count - positives as f64)).ln();
    let standardised = |values: &[f64], position: usize| -> f64 {
        if position == 0 {
            1.0
        } else {
            (values[position - 1] - means[position - 1]) / deviations[position - 1]
        }
    };
    for _ in 0..NEWTON_ITERATIONS {
        let mut gradient = vec![0.0; size];
        let mut hessian = vec![vec![0.0; size]; size];
        for (values, truth) in examples {
            let features: Vec<f64> = (0..size).map(|position| standardised(values, position)).collect();
            let margin: f64 = features.iter().zip(&parameters).map(|(x, w)| x * w).sum();
            let probability = 1.0 / (1.0 + (-margin).exp());
            let error = probability - if *truth { 1.0 } else { 0.0 };
            let curvature = (probability * (1.0 - probability)).max(1e-12);
            for row in 0..size {
                gradient[row] += error * features[row];
                for column in 0..size {
                    hessian[row][column] += curvature * features[row] * features[column];
                }
            }
        }
        for position in 1..size {
            gradient[position] += STACK_L2 * parameters[position];
            hessian[position][position] += STACK_L2;
        }
        let Some(step) = solve(hessian, gradient) else {
            break;
        };
        let mut largest = 0.0_f64;
        for (parameter, change) in parameters.iter_mut().zip(&step) {
            *parameter -= change;
            largest = largest.max(change.abs());
        }
        if largest < 1e-9 {
            break;
        }
    }
    // Back to the original scale: w·(x − m)/s = (w/s)·x − w·m/s.
    result[0] = parameters[0];
    for position in 1..size {
        let weight = parameters[position] / deviations[position - 1];
        result[position] = weight;
        result[0] -= weight * means[position - 1];
    }
    result
}

/// Solves `matrix · x = vector` by Gaussian elimination with partial pivoting (`None` when the
/// matrix is singular).
fn solve(mut matrix: Vec<Vec<f64>>, mut vector: Vec<f64>) -> Option<Vec<f64>> {
    let size = vector.len();
    for column in 0..size {
        let pivot = (column..size)
            .max_by(|&left, &right| matrix[left][column].abs().total_cmp(&matrix[right][column].abs()))?;
        if matrix[pivot][column].abs() < 1e-12 {
            return None;
        }
        matrix.swap(column, pivot);
        vector.swap(column, pivot);
        let (upper, lower) = matrix.split_at_mut(column + 1);
        let pivot_row = &upper[column];
        for (row, target) in lower.iter_mut().enumerate() {
            let factor = target[column] / pivot_row[column];
            for (value, pivot_value) in target.iter_mut().zip(pivot_row).skip(column) {
                *value -= factor * pivot_value;
            }
            vector[column + 1 + row] -= factor * vector[column];
        }
    }
    let mut solution = vec![0.0; size];
    for row in (0..size).rev() {
        let known: f64 = (row + 1..size)
            .map(|inner| matrix[row][inner] * solution[inner])
            .sum();
        solution[row] = (vector[row] - known) / matrix[row][row];
    }
    Some(solution)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stack_learns_to_trust_the_informative_input_and_ignores_unused_ones() {
        // Input 0 separates the classes; input 1 is noise; the token input is set but the label
        // is not the token tagger's; the context input is constant, so it can carry no weight.
        let mut rows = Vec::new();
        let mut gold = Vec::new();
        for index in 0..200 {
            let positive = index % 4 == 0;
            let signal = if positive { 2.0 } else { -2.0 } + (index % 7) as f32 * 0.1;
            let noise = ((index * 37) % 11) as f32 - 5.0;
            rows.push(vec![[signal, noise, 5.0, 0.0, 0.0, 5.0]]);
            gold.push(vec![positive]);
        }
        let inputs = StackInputSet {
            sentence: true,
            token: true,
            article: false,
            embedding: false,
            context: true,
        };
        let stack = Stack::fit(&rows, &gold, inputs, &[false]);
        let weights = stack.weights[0];
        assert!(weights[1] > 1.0, "{weights:?}");
        assert!(weights[2].abs() < weights[1] / 5.0, "{weights:?}");
        assert_eq!(weights[3], 0.0);
        assert_eq!(weights[4], 0.0);
        assert_eq!(weights[5], 0.0);
        assert!(weights[6].abs() < 1e-6, "{weights:?}");
        assert!(stack.probability(0, &[2.5, 0.0, 0.0, 0.0, 0.0, 0.0]) > 0.9);
        assert!(stack.probability(0, &[-2.5, 0.0, 0.0, 0.0, 0.0, 0.0]) < 0.1);
        assert_eq!(stack.probability(7, &[0.0; STACK_INPUTS]), 0.0);
        assert_eq!(inputs.name(), "paragraph+sentence+token+context");
        // Fitted by maximum likelihood, the probabilities are calibrated in the large: their mean
        // is the share of positives (a quarter here).
        let mean = rows
            .iter()
            .map(|row| f64::from(stack.probability(0, &row[0])))
            .sum::<f64>()
            / rows.len() as f64;
        assert!((mean - 0.25).abs() < 0.02, "{mean}");
        // A technique without positives is switched off.
        let never = Stack::fit(&rows, &vec![vec![false]; rows.len()], inputs, &[false]);
        assert!(never.probability(0, &[2.5, 0.0, 0.0, 0.0, 0.0, 0.0]) < 1e-4);
    }
}
