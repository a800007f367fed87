-- The findings are only ever asked for by run (every query names its run_id: the primary
-- key's index answers it). The index on (check_id, case_key) served no query, and made
-- every recorded finding land among the keys of every earlier run (at a million findings
-- about a third of the time of recording them, and a quarter of the file).
DROP INDEX findings_check_key;
