"""Packages for setuptools (metadata is in pyproject.toml): every whalelog_gui* package, found as the tree grows,
plus the top-level resources/ mapped into the installed package as whalelog_gui.resources_data (package data
listed in pyproject). A mapping cannot be combined with pyproject's packages.find, hence this file."""

from setuptools import find_namespace_packages, setup

setup(
    packages=[*find_namespace_packages(include=["whalelog_gui*"]), "whalelog_gui.resources_data"],
    package_dir={"whalelog_gui.resources_data": "resources"},
)
