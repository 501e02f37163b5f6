"""Write a synthetic CICA record (cica_record.devtools.synthetic.record): realistic, valid, sized by pages a language.

    python benchmarks/synthetic_record.py OUT_DIR --pages-per-language 4000 [--seed 1] [--meetings N]
"""

import sys

from cica_record.devtools.synthetic.record import main

if __name__ == "__main__":
    sys.exit(main())
