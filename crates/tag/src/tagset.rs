//! The two tag sets the tagger predicts: the 17 Universal POS tags and the
//! Penn Treebank tags (as used in the XPOS column of UD English EWT).

use std::fmt;

macro_rules! tagset {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every tag of the set, in declaration order (the order of `index`).
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The tag as written in CoNLL-U files.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// Parses the CoNLL-U spelling of the tag.
            pub fn parse(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// Position of the tag in [`Self::ALL`]; used by the binary model format.
            pub fn index(self) -> u8 {
                self as u8
            }

            /// Inverse of [`Self::index`].
            pub fn from_index(index: u8) -> Option<$name> {
                Self::ALL.get(usize::from(index)).copied()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

tagset! {
    /// Universal POS tags (UD v2).
    Upos {
        /// Adjective.
        Adj => "ADJ",
        /// Adposition.
        Adp => "ADP",
        /// Adverb.
        Adv => "ADV",
        /// Auxiliary.
        Aux => "AUX",
        /// Coordinating conjunction.
        Cconj => "CCONJ",
        /// Determiner.
        Det => "DET",
        /// Interjection.
        Intj => "INTJ",
        /// Common noun.
        Noun => "NOUN",
        /// Numeral.
        Num => "NUM",
        /// Particle.
        Part => "PART",
        /// Pronoun.
        Pron => "PRON",
        /// Proper noun.
        Propn => "PROPN",
        /// Punctuation.
        Punct => "PUNCT",
        /// Subordinating conjunction.
        Sconj => "SCONJ",
        /// Symbol.
        Sym => "SYM",
        /// Verb.
        Verb => "VERB",
        /// Other.
        X => "X",
    }
}

tagset! {
    /// Penn Treebank tags, with the extensions used by UD English EWT
    /// (`ADD`, `AFX`, `GW`, `HYPH`, `NFP`) and `XX` for "no prediction".
    Xpos {
        /// Coordinating conjunction.
        Cc => "CC",
        /// Cardinal number.
        Cd => "CD",
        /// Determiner.
        Dt => "DT",
        /// Existential "there".
        Ex => "EX",
        /// Foreign word.
        Fw => "FW",
        /// Preposition or subordinating conjunction.
        In => "IN",
        /// Adjective.
        Jj => "JJ",
        /// Comparative adjective.
        Jjr => "JJR",
        /// Superlative adjective.
        Jjs => "JJS",
        /// List item marker.
        Ls => "LS",
        /// Modal.
        Md => "MD",
        /// Singular or mass noun.
        Nn => "NN",
        /// Plural noun.
        Nns => "NNS",
        /// Singular proper noun.
        Nnp => "NNP",
        /// Plural proper noun.
        Nnps => "NNPS",
        /// Predeterminer.
        Pdt => "PDT",
        /// Possessive ending.
        Pos => "POS",
        /// Personal pronoun.
        Prp => "PRP",
        /// Possessive pronoun.
        PrpS => "PRP$",
        /// Adverb.
        Rb => "RB",
        /// Comparative adverb.
        Rbr => "RBR",
        /// Superlative adverb.
        Rbs => "RBS",
        /// Particle.
        Rp => "RP",
        /// Symbol.
        Sym => "SYM",
        /// "to".
        To => "TO",
        /// Interjection.
        Uh => "UH",
        /// Verb, base form.
        Vb => "VB",
        /// Verb, past tense.
        Vbd => "VBD",
        /// Verb, gerund or present participle.
        Vbg => "VBG",
        /// Verb, past participle.
        Vbn => "VBN",
        /// Verb, non-3rd person singular present.
        Vbp => "VBP",
        /// Verb, 3rd person singular present.
        Vbz => "VBZ",
        /// Wh-determiner.
        Wdt => "WDT",
        /// Wh-pronoun.
        Wp => "WP",
        /// Possessive wh-pronoun.
        WpS => "WP$",
        /// Wh-adverb.
        Wrb => "WRB",
        /// Dollar and other currency signs.
        Dollar => "$",
        /// Pound sign.
        Hash => "#",
        /// Opening quotation mark.
        OpenQuote => "``",
        /// Closing quotation mark.
        CloseQuote => "''",
        /// Opening bracket.
        Lrb => "-LRB-",
        /// Closing bracket.
        Rrb => "-RRB-",
        /// Comma.
        Comma => ",",
        /// Sentence-final punctuation.
        Period => ".",
        /// Colon, semicolon, dash, ellipsis.
        Colon => ":",
        /// Hyphen (EWT).
        Hyph => "HYPH",
        /// Superfluous punctuation (EWT).
        Nfp => "NFP",
        /// E-mail or web address (EWT).
        Add => "ADD",
        /// Affix (EWT).
        Afx => "AFX",
        /// "Goes with": part of a word split by a space (EWT).
        Gw => "GW",
        /// Unknown; only produced by a tagger without a model.
        Xx => "XX",
    }
}

/// The pair of tags predicted for one token.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Tag {
    /// Universal POS tag.
    pub upos: Upos,
    /// Penn Treebank tag.
    pub xpos: Xpos,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for &t in Upos::ALL {
            assert_eq!(Upos::parse(t.as_str()), Some(t));
            assert_eq!(Upos::from_index(t.index()), Some(t));
        }
        for &t in Xpos::ALL {
            assert_eq!(Xpos::parse(t.as_str()), Some(t));
            assert_eq!(Xpos::from_index(t.index()), Some(t));
        }
        assert_eq!(Upos::ALL.len(), 17);
        assert_eq!(Xpos::parse("PRP$"), Some(Xpos::PrpS));
        assert_eq!(Xpos::parse("nope"), None);
    }
}
