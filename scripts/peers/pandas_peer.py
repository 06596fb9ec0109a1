#!/usr/bin/env python3
"""Benchmark peer (issue 8): the job's core work as a statistician would write it in pandas + openpyxl.

Reads the trade CSV, sums to yearly totals per pair and flow, computes turnover, balance, coverage and the
year-on-year change of turnover, and writes the yearly table to an Excel workbook (openpyxl) and a CSV (for
the totals check). Plain, idiomatic pandas: no chunking, no hand tuning.

Usage: pandas_peer.py TRADE_CSV OUTPUT_DIR
Needs the Debian packages python3-pandas and python3-openpyxl (not part of Tradestat).
"""
import os
import sys
import time

import pandas as pd


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    csv_path, out_dir = argv[1], argv[2]
    os.makedirs(out_dir, exist_ok=True)
    started = time.perf_counter()

    df = pd.read_csv(csv_path, dtype={"period": str, "commodity": str})
    df["year"] = df["period"].str.slice(0, 4).astype(int)
    yearly = (df.groupby(["reporter", "partner", "year", "flow"])["value_usd"].sum()
                .unstack("flow")
                .rename(columns={"export": "export_usd", "import": "import_usd"})
                .reset_index())
    yearly.columns.name = None
    yearly["turnover_usd"] = yearly["export_usd"] + yearly["import_usd"]
    yearly["balance_usd"] = yearly["export_usd"] - yearly["import_usd"]
    yearly["coverage"] = yearly["export_usd"] / yearly["import_usd"]
    yearly = yearly.sort_values(["reporter", "partner", "year"])
    yearly["turnover_yoy_pct"] = 100 * yearly.groupby(["reporter", "partner"])["turnover_usd"].pct_change()
    yearly = yearly[["reporter", "partner", "year", "export_usd", "import_usd", "turnover_usd", "balance_usd",
                     "coverage", "turnover_yoy_pct"]]

    yearly.to_excel(os.path.join(out_dir, "yearly-pandas.xlsx"), sheet_name="Yearly", index=False,
                    engine="openpyxl")
    yearly.round({"export_usd": 2, "import_usd": 2, "turnover_usd": 2, "balance_usd": 2, "coverage": 6,
                  "turnover_yoy_pct": 6}).to_csv(os.path.join(out_dir, "yearly-pandas.csv"), index=False,
                                                 float_format="%.6f")
    print("pandas %s: %d yearly rows from %d lines in %.2f s"
          % (pd.__version__, len(yearly), len(df), time.perf_counter() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
