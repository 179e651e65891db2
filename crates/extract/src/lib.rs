//! Entities, attributions, events, dates and places into one dateline record
