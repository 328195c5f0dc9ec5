"""``python -m t2_monitor_plugin.cli``: see :mod:`.main`."""
import sys

from .main import main

sys.exit(main())
