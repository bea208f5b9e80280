"""Pure training rules: the starter course catalogue and course ranking by competency gap. No I/O."""
