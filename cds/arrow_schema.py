"""The typed (Arrow/Parquet) form of the dataset record, from :mod:`cds.records`."""

from __future__ import annotations

import pyarrow as pa

from cds import __version__
from cds.records import FIELDS, SCHEMA_VERSION, Field


def arrow_type(f: Field) -> pa.DataType:
    """The Parquet (Arrow) type of a record field."""
    if f.type == "timestamp":
        return pa.timestamp("us", tz=f.tz)
    return {"string": pa.string(), "int": pa.int32(), "float": pa.float64(),
            "list[string]": pa.list_(pa.field("element", pa.string()))}[f.type]


def arrow_schema() -> pa.Schema:
    """The typed Parquet schema, with each field's description and the schema version."""
    return pa.schema(
        [pa.field(f.name, arrow_type(f), nullable=f.nullable,
                  metadata={"description": f.description}) for f in FIELDS],
        metadata={"cds.schema_version": SCHEMA_VERSION, "cds.version": __version__},
    )


