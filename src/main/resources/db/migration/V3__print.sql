-- Per-printout offsets for pre-printed forms (套打), in millimetres. No row means no offset.
CREATE TABLE print_offset (
    printout_id   VARCHAR(40)   PRIMARY KEY,
    horizontal_mm NUMERIC(4, 1) NOT NULL,
    vertical_mm   NUMERIC(4, 1) NOT NULL
);
