//! A place written after a speaker is where they are, not who speaks: `The Herald's Anne
//! Martin in Florence says`, `the National Weather Service in Norman, Okla., said`.

use super::sentence::{SentenceCtx, is_mark};
use super::speakers::opens_sentence;
use super::{Extractor, english};

impl Extractor<'_> {
    /// The speaker before a place: when the mention `[s, e)` is a name after `in` that
    /// follows another mention (`Frances Harrison in Tehran`), that other mention; else the
    /// mention itself.
    pub(super) fn beyond_place(
        &self,
        ctx: &SentenceCtx<'_>,
        (s, e): (usize, usize),
    ) -> (usize, usize) {
        // `Republicans in the Senate`: a name after "the" is a place as well.
        let name = if e > s + 1 && ctx.low(s) == "the" {
            s + 1
        } else {
            s
        };
        let place = (name..e).all(|i| ctx.tokens[i].is_capitalized(ctx.text));
        if !place || s < 2 || ctx.low(s - 1) != "in" || ctx.quoted_at(s - 2) {
            return (s, e);
        }
        match self.mention_ending_at(ctx, s - 1) {
            Some((ps, pe)) if !english::is_pronoun(ctx.low(pe - 1)) => (ps, pe),
            _ => (s, e),
        }
    }

    /// The speaker for a mention `[s, e)` that is only a state's abbreviation after a comma
    /// (`in Golden, Colo. said`): the mention before the town (`None` when there is no
    /// town); any other mention unchanged.
    pub(super) fn beyond_region(
        &self,
        ctx: &SentenceCtx<'_>,
        (s, e): (usize, usize),
    ) -> Option<(usize, usize)> {
        let abbreviation = (s..e).all(|i| {
            let word = ctx.tok(i);
            word.ends_with('.') && self.rules.is_abbreviation(word)
        });
        if !abbreviation || s == 0 || ctx.tok(s - 1) != "," {
            return Some((s, e));
        }
        if !after_town(ctx, s, e) {
            return None;
        }
        let town = self.mention_ending_at(ctx, s - 1)?;
        Some(self.beyond_place(ctx, town)).filter(|&found| found != town)
    }

    /// The speaker of a hometown set off by commas after a name (`Ann Ruiz, of Dayton,
    /// Ohio, said`, `Ann Ruiz, 59, of Dayton, Ohio, said`), given the town's mention `[s,
    /// e)`: the name before `, of` (and before an age); `None` when the town follows no
    /// `, of`.
    pub(super) fn before_hometown(
        &self,
        ctx: &SentenceCtx<'_>,
        (s, e): (usize, usize),
    ) -> Option<(usize, usize)> {
        let town = (s..e).all(|i| ctx.tokens[i].is_capitalized(ctx.text));
        if !town || s < 3 || ctx.low(s - 1) != "of" || ctx.tok(s - 2) != "," {
            return None;
        }
        let mut comma = s - 2;
        // An age between commas: `Ann Ruiz, 59, of Dayton`.
        if comma >= 3
            && ctx.tok(comma - 2) == ","
            && ctx.tok(comma - 1).chars().all(|c| c.is_ascii_digit())
        {
            comma -= 2;
        }
        let (ns, ne) = self.mention_ending_at(ctx, comma)?;
        (ns..ne)
            .all(|i| ctx.tokens[i].is_capitalized(ctx.text))
            .then_some((ns, ne))
    }

    /// Whether tokens `[s, e)` are the abbreviation of a state or province written after a
    /// town (`Golden, Colo.,`): part of a place, never a speaker's name.
    pub(super) fn is_region(&self, ctx: &SentenceCtx<'_>, s: usize, e: usize) -> bool {
        e > s
            && ((s..e).all(|i| {
                let word = ctx.tok(i);
                word.ends_with('.') && self.rules.is_abbreviation(word)
            }) || after_town(ctx, s, e))
    }

    /// The comma that opens the phrase holding a town and its state or country, when the
    /// comma at `comma` sets the state off and the phrase closes at `close` (`Ana Ruiz,
    /// during a stop in Dover, Delaware, said`, `Ann Ruiz, a senator from Lima, Ohio,
    /// said`): the state's comma is no edge of the phrase, the one before the town is. At
    /// most `longest` tokens from it to `close`, none quoted and no sentence mark, and the
    /// mention before it opens the sentence; `None` when the state is no region or no comma
    /// opens the phrase.
    pub(super) fn phrase_around_region(
        &self,
        ctx: &SentenceCtx<'_>,
        comma: usize,
        close: usize,
        longest: usize,
    ) -> Option<usize> {
        if ctx.tok(comma) != "," || !self.is_region(ctx, comma + 1, close) {
            return None;
        }
        let from = close.saturating_sub(longest);
        let open = (from..comma)
            .rev()
            .take_while(|&i| !ctx.quoted_at(i) && !is_mark(ctx.tok(i)))
            .find(|&i| ctx.tok(i) == ",")?;
        // Words before the phrase and inside it before the town's preposition; the mention
        // before it opens the sentence (`The storm hit at 5 a.m., the Weather Service in
        // Norman, Okla., said` has the body itself after its comma).
        if open == 0 || !ctx.tokens[open - 1].is_word() || open + 3 >= comma {
            return None;
        }
        let (s, _) = self.mention_ending_at(ctx, open)?;
        opens_sentence(ctx, s).then_some(open)
    }
}

/// Whether the name `[s, e)` between commas (one or two capitalised words) follows a town
/// named after "in", "near", "from", "outside" or "of" (`in Golden, Colorado,`, `near Lyon,
/// France,`, `the mayor of Dayton, Ohio,`): the town's state or country.
fn after_town(ctx: &SentenceCtx<'_>, s: usize, e: usize) -> bool {
    if e - s > 2
        || s < 3
        || ctx.tok(s - 1) != ","
        || !(s..e).all(|i| ctx.tokens[i].is_capitalized(ctx.text) && ctx.tokens[i].is_word())
    {
        return false;
    }
    let comma = s - 1;
    let mut town = comma;
    while town > 0 && comma - town < 3 && ctx.tokens[town - 1].is_capitalized(ctx.text) {
        town -= 1;
    }
    town < comma
        && town > 0
        && matches!(ctx.low(town - 1), "in" | "near" | "from" | "outside" | "of")
}
