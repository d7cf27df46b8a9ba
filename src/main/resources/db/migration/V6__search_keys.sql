-- What `sitedesk find` compares a person by, stored with the person so a lookup is one query that
-- computes nothing: every reading of the name in pinyin initials and in full pinyin, each between
-- bars (|zs|zc|, so LIKE '%|zs%' finds a reading starting with zs), and the phone's digits.
--
-- Pinyin cannot be computed in SQL, so the rows already here are left NULL: the application fills
-- every person whose keys are NULL before it first looks something up in the database, and every
-- write of a person from this version on sets them.
--
-- Widths: 16 readings (the most kept) of a 100-character name, at up to 6 letters a syllable.
ALTER TABLE household_person ADD COLUMN search_initials VARCHAR(1700);
ALTER TABLE household_person ADD COLUMN search_pinyin VARCHAR(9700);
ALTER TABLE household_person ADD COLUMN search_phone VARCHAR(30);
