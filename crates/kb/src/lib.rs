//! The knowledge base and lexicons of dateline, compiled in from data/
