"""Sub-commands of ``cds``: each module defines ``register(subparsers)``.

A module's ``register`` adds its parser and sets ``func`` (called with the parsed arguments,
returning the exit code). Modules import heavy dependencies inside ``func`` so ``cds --help``
stays fast.
"""
