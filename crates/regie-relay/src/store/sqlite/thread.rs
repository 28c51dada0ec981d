//! The one thread that talks to the SQLite database.
//!
//! SQLite calls block, and SQLite takes one writer at a time anyway. Handing every call to a
//! single thread through a queue serves them in arrival order (with a lock shared by many
//! blocking threads, an unlucky request could lose the race for a second while others won
//! over and over), and lets the thread commit whatever queued up meanwhile in one go. The
//! queue is bounded: past it, callers are told the store is busy rather than piling up.

use std::panic::AssertUnwindSafe;
use std::sync::{mpsc, Arc};

use super::db::SqliteDb;
use crate::store::{Result, StoreError};

/// What a caller hands the database's thread to run.
pub(crate) trait Work<T>: FnOnce(&SqliteDb) -> Result<T> + Send + 'static {}
impl<T, F: FnOnce(&SqliteDb) -> Result<T> + Send + 'static> Work<T> for F {}

/// At most this many calls share one commit, so one commit's latency stays small.
const MAX_BATCH: usize = 64;

/// Sends a call's answer once the batch it ran in is committed, or the batch's failure.
type Delivery = Box<dyn FnOnce(Option<&StoreError>) + Send>;

enum Job {
    /// Runs inside the next batch's transaction.
    Batched(Box<dyn FnOnce(&SqliteDb) -> Delivery + Send>),
    /// Runs on its own, outside any transaction (a checkpoint cannot run inside one).
    Alone(Box<dyn FnOnce(&SqliteDb) + Send>),
}

/// A handle on the database's thread; clones share the thread, which ends with the last one.
#[derive(Clone)]
pub(crate) struct SqliteThread {
    jobs: mpsc::SyncSender<Job>,
}

impl SqliteThread {
    pub(crate) fn spawn(db: SqliteDb, queue_len: usize) -> std::io::Result<Self> {
        let (jobs, queue) = mpsc::sync_channel::<Job>(queue_len.max(1));
        let db = Arc::new(db);
        std::thread::Builder::new()
            .name("regie-store".into())
            .spawn(move || serve_queue(&db, &queue))?;
        Ok(Self { jobs })
    }

    fn send(&self, job: Job) -> Result<()> {
        self.jobs.try_send(job).map_err(|err| match err {
            mpsc::TrySendError::Full(_) => StoreError::Busy,
            mpsc::TrySendError::Disconnected(_) => {
                StoreError::Backend("the store thread is not running".into())
            }
        })
    }

    /// Runs `work` on the database's thread, after everything queued before it, and answers
    /// once its writes are committed.
    pub(crate) async fn run<T: Send + 'static>(&self, work: impl Work<T>) -> Result<T> {
        let (answer, answered) = tokio::sync::oneshot::channel();
        self.send(Job::Batched(Box::new(move |db| {
            let result = work(db);
            Box::new(move |batch_failure: Option<&StoreError>| {
                let result = match batch_failure {
                    None => result,
                    Some(failure) => Err(StoreError::Backend(format!(
                        "the batch was not committed: {failure}"
                    ))),
                };
                let _ = answer.send(result);
            })
        })))?;
        answered.await.map_err(|_| thread_lost())?
    }

    /// Runs `work` between two batches, outside any transaction.
    pub(crate) async fn run_alone<T: Send + 'static>(&self, work: impl Work<T>) -> Result<T> {
        let (answer, answered) = tokio::sync::oneshot::channel();
        self.send(Job::Alone(Box::new(move |db| {
            let _ = answer.send(work(db));
        })))?;
        answered.await.map_err(|_| thread_lost())?
    }
}

/// A call panicked (its answer was dropped) or the thread is gone.
fn thread_lost() -> StoreError {
    StoreError::Backend("the store call did not finish".into())
}

fn serve_queue(db: &SqliteDb, queue: &mpsc::Receiver<Job>) {
    let mut next = None;
    loop {
        let Some(first) = next.take().or_else(|| queue.recv().ok()) else {
            return;
        };
        let mut batched = Vec::new();
        match first {
            Job::Alone(work) => {
                let _ = std::panic::catch_unwind(AssertUnwindSafe(|| work(db)));
                continue;
            }
            Job::Batched(work) => batched.push(work),
        }
        while batched.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(Job::Batched(work)) => batched.push(work),
                Ok(alone) => {
                    next = Some(alone);
                    break;
                }
                Err(_) => break,
            }
        }
        let mut deliveries = Vec::with_capacity(batched.len());
        let committed = db.batch(&mut || {
            for work in batched.drain(..) {
                // A panicking call drops its answer channel, so its caller gets an error;
                // the thread lives on for everyone else.
                if let Ok(delivery) = std::panic::catch_unwind(AssertUnwindSafe(|| work(db))) {
                    deliveries.push(delivery);
                }
            }
        });
        if let Err(err) = &committed {
            tracing::error!(error = %err, calls = deliveries.len(), "store batch failed");
        }
        for delivery in deliveries {
            delivery(committed.as_ref().err());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_full_queue_answers_busy_at_once() {
        let thread = SqliteThread::spawn(SqliteDb::open_in_memory().unwrap(), 1).unwrap();
        let (release, held) = std::sync::mpsc::channel::<()>();
        // The thread is stuck in this call; one more fits in the queue, the next does not.
        let stuck = tokio::spawn({
            let thread = thread.clone();
            async move {
                thread
                    .run(move |_| {
                        let _ = held.recv();
                        Ok(())
                    })
                    .await
            }
        });
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        let queued = tokio::spawn({
            let thread = thread.clone();
            async move { thread.run(|_| Ok(())).await }
        });
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        assert!(matches!(
            thread.run(|_| Ok(())).await,
            Err(StoreError::Busy)
        ));
        release.send(()).unwrap();
        stuck.await.unwrap().unwrap();
        queued.await.unwrap().unwrap();
        thread.run(|_| Ok(())).await.unwrap();
    }
}
