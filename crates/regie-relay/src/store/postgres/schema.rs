//! The PostgreSQL store's schema: the migrations in order (`schema*.sql` beside this file),
//! applied under an advisory lock by whichever relay starts first.

use super::{PostgresStore, MIGRATION_LOCK};
use crate::store::{Result, StoreError};

/// The migrations, in order; a relay applies those the database lacks.
pub(super) const MIGRATIONS: &[&str] = &[
    include_str!("schema.sql"),
    include_str!("schema2.sql"),
    include_str!("schema3.sql"),
    include_str!("schema4.sql"),
    include_str!("schema5.sql"),
    include_str!("schema6.sql"),
    include_str!("schema7.sql"),
    include_str!("schema8.sql"),
    include_str!("schema9.sql"),
];

impl PostgresStore {
    pub(super) async fn migrate(&self) -> Result<()> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS regie_schema (version INTEGER NOT NULL)")
            .await?;
        let version: i32 = tx
            .query_one("SELECT COALESCE(MAX(version), 0) FROM regie_schema", &[])
            .await?
            .get(0);
        let known = MIGRATIONS.len() as i32;
        if version > known {
            return Err(StoreError::UnknownSchema(i64::from(version)));
        }
        for (number, migration) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.batch_execute(migration).await?;
            tx.execute(
                "INSERT INTO regie_schema (version) VALUES ($1)",
                &[&(number as i32 + 1)],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
