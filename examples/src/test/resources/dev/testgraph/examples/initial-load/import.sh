#!/bin/sh
# The initial load of a new database from the CSV files next to this script, with Neo4j's bulk importer.
# Run it where neo4j-admin is, with the server stopped; the database must be new or empty.
set -e
cd "$(dirname "$0")"
neo4j-admin database import full neo4j \
  --nodes=Person=people.csv \
  --nodes=Interest=interests.csv \
  --relationships=FRIENDS_WITH=friendships.csv \
  --relationships=INTERESTED_IN=interests-of-people.csv
