"""`python -m voicecoach` runs the command line."""

import sys

from voicecoach.cli import main

sys.exit(main())
