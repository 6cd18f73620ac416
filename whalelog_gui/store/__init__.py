"""SQLite persistence through sqlite-utils: schema, migrations, audit trail, durable writes. No Qt here."""
