"""Pure feedback rules: the hint policy, report aggregation and competency names. No I/O."""
