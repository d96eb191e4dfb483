"""What each ``diary`` command does, one module per group of commands.

``diary.cli`` parses the arguments and imports the module of the command asked for, and only
then: the desktop app starts without loading any of this.
"""
