"""What the tests and the benchmarks share, apart from the flow of the build: a copy of the project
to build (`project`), a local server to ask (`serving`), and a synthetic record of any size
(`synthetic`). Nothing of the build imports it.
"""
