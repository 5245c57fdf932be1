-- Counts, and nothing about a reader. One file for SQLite and PostgreSQL:
-- plain types both read the same way (see src/db/mod.rs).

-- Answers per pack, version, item, answer (first, second, both), whether the
-- pack accepts it (1) or not (0), and day (YYYY-MM-DD, UTC).
CREATE TABLE answers (
    pack TEXT NOT NULL,
    version TEXT NOT NULL,
    item TEXT NOT NULL,
    chose TEXT NOT NULL,
    correct BIGINT NOT NULL,
    day TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (pack, version, item, chose, correct, day)
);

-- Rounds per pack, version, length and day: started ones with score -1,
-- finished ones with the number of right answers.
CREATE TABLE rounds (
    pack TEXT NOT NULL,
    version TEXT NOT NULL,
    questions BIGINT NOT NULL,
    score BIGINT NOT NULL,
    day TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (pack, version, questions, score, day)
);

-- Dashboard tokens: an id, and the Argon2id hash of the secret part.
CREATE TABLE tokens (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    created TEXT NOT NULL
);
