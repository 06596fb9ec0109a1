-- Tradestat's own tables, beside Spring Batch's. Portable SQL: runs on H2 and PostgreSQL.
-- run_id is the Spring Batch job instance id: every row belongs to one run (one run date, or one --rerun).
-- Figure lines do not pass through a staging table: there can be millions; the load spills them to work files.

CREATE TABLE IF NOT EXISTS ts_input_file (
    run_id BIGINT NOT NULL,
    file_seq INT NOT NULL,
    file_name VARCHAR(1000) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    encoding VARCHAR(20) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    skipped_lines BIGINT NOT NULL,
    warnings VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, file_seq)
);

CREATE TABLE IF NOT EXISTS ts_staged_event (
    run_id BIGINT NOT NULL,
    file_seq INT NOT NULL,
    line_no BIGINT NOT NULL,
    event_date VARCHAR(10) NOT NULL,
    period VARCHAR(8) NOT NULL,
    country_a VARCHAR(3) NOT NULL,
    country_b VARCHAR(3) NOT NULL,
    category VARCHAR(20) NOT NULL,
    event_level VARCHAR(24) NOT NULL,
    title VARCHAR(500) NOT NULL,
    event_count INT NOT NULL,
    source VARCHAR(1000) NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_staged_event_key ON ts_staged_event
    (run_id, event_date, country_a, country_b, category, event_level, title, file_seq, line_no);

CREATE TABLE IF NOT EXISTS ts_staged_group (
    run_id BIGINT NOT NULL,
    file_seq INT NOT NULL,
    line_no BIGINT NOT NULL,
    group_code VARCHAR(40) NOT NULL,
    member VARCHAR(3) NOT NULL,
    group_name VARCHAR(500) NOT NULL
);

CREATE TABLE IF NOT EXISTS ts_staged_published (
    run_id BIGINT NOT NULL,
    file_seq INT NOT NULL,
    line_no BIGINT NOT NULL,
    subject VARCHAR(500) NOT NULL,
    period VARCHAR(8) NOT NULL,
    reporter VARCHAR(3) NOT NULL,
    partner VARCHAR(40) NOT NULL,
    figure_value NUMERIC(25, 6) NOT NULL,
    unit VARCHAR(12) NOT NULL,
    qualifier VARCHAR(8) NOT NULL,
    source VARCHAR(1000) NOT NULL
);

CREATE TABLE IF NOT EXISTS ts_reject (
    run_id BIGINT NOT NULL,
    file_seq INT NOT NULL,
    line_no BIGINT NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    raw_text VARCHAR(2100) NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_reject_run ON ts_reject (run_id, file_seq, line_no);

CREATE TABLE IF NOT EXISTS ts_figure (
    run_id BIGINT NOT NULL,
    dataset VARCHAR(12) NOT NULL,
    reporter VARCHAR(40) NOT NULL,
    partner VARCHAR(40) NOT NULL,
    measure VARCHAR(60) NOT NULL,
    commodity VARCHAR(12) NOT NULL,
    period VARCHAR(8) NOT NULL,
    figure_value NUMERIC(24, 6) NOT NULL,
    qualifier VARCHAR(8) NOT NULL,
    since_year INT,
    source VARCHAR(1000) NOT NULL,
    derived BOOLEAN NOT NULL,
    file_seq INT NOT NULL,
    line_no BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_figure_series ON ts_figure
    (run_id, dataset, reporter, partner, commodity, measure, period);

CREATE TABLE IF NOT EXISTS ts_event (
    run_id BIGINT NOT NULL,
    event_date VARCHAR(10) NOT NULL,
    period VARCHAR(8) NOT NULL,
    country_a VARCHAR(3) NOT NULL,
    country_b VARCHAR(3) NOT NULL,
    category VARCHAR(20) NOT NULL,
    event_level VARCHAR(24) NOT NULL,
    title VARCHAR(500) NOT NULL,
    event_count INT NOT NULL,
    source VARCHAR(1000) NOT NULL,
    file_seq INT NOT NULL,
    line_no BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_event_run ON ts_event (run_id);

CREATE TABLE IF NOT EXISTS ts_group_member (
    run_id BIGINT NOT NULL,
    group_code VARCHAR(40) NOT NULL,
    member VARCHAR(3) NOT NULL,
    group_name VARCHAR(500) NOT NULL
);

-- figures as a source published them (input kind "published"), after duplicates; shown, never computed on
CREATE TABLE IF NOT EXISTS ts_published (
    run_id BIGINT NOT NULL,
    subject VARCHAR(500) NOT NULL,
    period VARCHAR(8) NOT NULL,
    reporter VARCHAR(3) NOT NULL,
    partner VARCHAR(40) NOT NULL,
    figure_value NUMERIC(25, 6) NOT NULL,
    unit VARCHAR(12) NOT NULL,
    qualifier VARCHAR(8) NOT NULL,
    source VARCHAR(1000) NOT NULL,
    file_seq INT NOT NULL,
    line_no BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS ts_conflict (
    run_id BIGINT NOT NULL,
    conflict_seq BIGINT NOT NULL,
    dataset VARCHAR(12) NOT NULL,
    item VARCHAR(1000) NOT NULL,
    old_value VARCHAR(60) NOT NULL,
    old_file_seq INT NOT NULL,
    old_line BIGINT NOT NULL,
    new_value VARCHAR(60) NOT NULL,
    new_file_seq INT NOT NULL,
    new_line BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS ts_file_outcome (
    run_id BIGINT NOT NULL,
    file_seq INT NOT NULL,
    staged_lines BIGINT NOT NULL,
    duplicates BIGINT NOT NULL,
    conflicts BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS ts_warning (
    run_id BIGINT NOT NULL,
    warning_seq BIGINT NOT NULL,
    check_name VARCHAR(60) NOT NULL,
    message VARCHAR(2000) NOT NULL
);

-- Sentences the report shows where a figure cannot be computed (insufficient data, a group with a missing member).
CREATE TABLE IF NOT EXISTS ts_remark (
    run_id BIGINT NOT NULL,
    remark_seq BIGINT NOT NULL,
    topic VARCHAR(40) NOT NULL,
    message VARCHAR(2000) NOT NULL
);

-- Lines not loaded because they break down a total given in another line (UN Comtrade rows by second partner,
-- customs procedure or mode of transport; SPEC 2.6): one row per load chunk and file, summed for run.json.
CREATE TABLE IF NOT EXISTS ts_summarised_count (
    run_id BIGINT NOT NULL,
    file_seq INT NOT NULL,
    summarised_lines BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_summarised_count_run ON ts_summarised_count (run_id, file_seq);

-- What a file says as a whole, found when the load has read it (a UN Comtrade part of a flow whose total the file
-- does not give): shown with the consistency warnings on the Data quality sheet. line_no 0 is the whole file.
CREATE TABLE IF NOT EXISTS ts_file_warning (
    run_id BIGINT NOT NULL,
    file_seq INT NOT NULL,
    line_no BIGINT NOT NULL,
    check_name VARCHAR(60) NOT NULL,
    message VARCHAR(2000) NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_file_warning_run ON ts_file_warning (run_id, file_seq, line_no);

