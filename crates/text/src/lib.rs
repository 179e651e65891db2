//! Text repair with an offset map, paragraphs, sentences and tokens
