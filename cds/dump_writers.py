"""The three ``cds dump`` formats, each written batch by batch from record columns."""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Callable
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from cds.arrow_schema import arrow_schema, arrow_type
from cds.dump_columns import Columns, each_distinct, iso_column, record_columns
from cds.records import FIELD_NAMES, FIELDS, Field

#: Parquet row groups gather batches up to these limits.
ROW_GROUP_ROWS = 100_000
ROW_GROUP_BYTES = 64 * 1024 * 1024

def _csv_type(f: Field) -> pa.DataType:
    return {"int": pa.int32(), "float": pa.float64()}.get(f.type, pa.string())


CSV_SCHEMA = pa.schema([pa.field(f.name, _csv_type(f), nullable=f.nullable) for f in FIELDS])

# JSON text of values exactly as ``json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))``
# writes them: its C encoder uses encode_basestring, float.__repr__ and int.__repr__ too.
_json_str = json.encoder.encode_basestring


def _json_float(v: float) -> str:
    if math.isfinite(v):
        return float.__repr__(v)
    return "NaN" if v != v else ("Infinity" if v > 0 else "-Infinity")


def _json_list(values: tuple[str, ...]) -> str:
    return "[" + ",".join(map(_json_str, values)) + "]"


def _json_column(encode: Callable[[Any], str]) -> Callable[[list[Any]], list[str]]:
    return lambda values: ["null" if v is None else encode(v) for v in values]


_JSON_COLUMN = {
    "string": _json_column(_json_str), "timestamp": _json_column(_json_str),
    "int": _json_column(int.__repr__), "float": _json_column(_json_float),
    "list[string]": lambda values: each_distinct(values, _json_list),
}
#: A JSONL line with %s for each field's JSON text, as ``separators=(",", ":")`` writes it.
_JSON_LINE = "{" + ",".join(f"{_json_str(n)}:%s" for n in FIELD_NAMES) + "}\n"


class _JsonlWriter:
    def __init__(self, raw: BinaryIO, out: Path) -> None:
        self._gz = None
        if out.name.lower().endswith(".gz"):
            # mtime=0 and the final name keep the bytes reproducible and free of the temp name
            self._gz = gzip.GzipFile(filename=out.name[:-3], mode="wb", fileobj=raw,
                                     compresslevel=6, mtime=0)
        self._f: Any = self._gz or raw

    def write(self, batch: Columns) -> None:
        rec = record_columns(batch)
        cols = [_JSON_COLUMN[f.type](rec[f.name]) for f in FIELDS]
        text = _JSON_LINE * len(cols[0]) % tuple(chain.from_iterable(zip(*cols, strict=True)))
        # U+2028/2029 are legal in JSON strings but break readers that split with splitlines()
        text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
        self._f.write(text.encode("utf-8"))

    def close(self) -> None:
        if self._gz is not None:
            self._gz.close()


def _csv_topics(topics: tuple[str, ...]) -> str:
    return json.dumps(topics, ensure_ascii=False)


class _CsvWriter:
    def __init__(self, raw: BinaryIO, out: Path) -> None:
        options = pacsv.WriteOptions(include_header=True, quoting_style="needed")
        self._w = pacsv.CSVWriter(raw, CSV_SCHEMA, write_options=options)

    def write(self, batch: Columns) -> None:
        cols = []
        for f in FIELDS:
            values = batch[f.name]
            if f.type == "timestamp":
                values = iso_column(values, f.name)
            elif f.type == "list[string]":
                values = each_distinct(values, _csv_topics)
            cols.append(pa.array(values, type=CSV_SCHEMA.field(f.name).type))
        self._w.write_batch(pa.RecordBatch.from_arrays(cols, schema=CSV_SCHEMA))

    def close(self) -> None:
        self._w.close()


class _ParquetWriter:
    def __init__(self, raw: BinaryIO, out: Path) -> None:
        self.schema = arrow_schema()
        self._w = pq.ParquetWriter(raw, self.schema, compression="zstd")
        self._pending: list[pa.RecordBatch] = []
        self._rows = self._bytes = 0

    def write(self, batch: Columns) -> None:
        cols = [pa.array(batch[f.name], type=arrow_type(f)) for f in FIELDS]
        rb = pa.RecordBatch.from_arrays(cols, schema=self.schema)
        self._pending.append(rb)
        self._rows += rb.num_rows
        self._bytes += rb.nbytes
        if self._rows >= ROW_GROUP_ROWS or self._bytes >= ROW_GROUP_BYTES:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._w.write_table(pa.Table.from_batches(self._pending), row_group_size=self._rows)
        self._pending, self._rows, self._bytes = [], 0, 0

    def close(self) -> None:
        self._flush()
        self._w.close()


WRITERS = {"jsonl": _JsonlWriter, "csv": _CsvWriter, "parquet": _ParquetWriter}
