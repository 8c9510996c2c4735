"""Demo content built from the facts in shared/seeds/: helpers every app's demo loader uses."""
