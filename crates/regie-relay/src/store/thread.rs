//! The one thread that talks to the store.
//!
//! Store calls block, and SQLite takes one writer at a time anyway. Handing every call to a
//! single thread through a queue serves them in arrival order (with a lock shared by many
//! blocking threads, an unlucky request could lose the race for a second while others won
//! over and over), and lets the thread commit whatever queued up meanwhile in one go.

use std::panic::AssertUnwindSafe;
use std::sync::{mpsc, Arc};

use super::{ShareStore, StoreError};

/// At most this many calls share one commit, so one commit's latency stays small.
const MAX_BATCH: usize = 64;

/// Sends a call's answer once the batch it ran in is committed, or the batch's failure.
type Delivery = Box<dyn FnOnce(Option<&StoreError>) + Send>;
type Job = Box<dyn FnOnce(&dyn ShareStore) -> Delivery + Send>;

/// A handle on the store's thread; clones share the thread, which ends with the last one.
#[derive(Clone)]
pub struct StoreThread {
    jobs: mpsc::Sender<Job>,
}

/// The store's thread is gone (it could not start, or a call brought it down).
#[derive(Debug, thiserror::Error)]
#[error("the store thread is not running")]
pub struct StoreThreadGone;

impl StoreThread {
    pub fn spawn(store: Arc<dyn ShareStore>) -> std::io::Result<Self> {
        let (jobs, queue) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("regie-store".into())
            .spawn(move || serve_queue(&*store, &queue))?;
        Ok(Self { jobs })
    }

    /// Runs `work` on the store's thread, after everything queued before it, and answers
    /// once its writes are committed.
    pub async fn run<T, F>(&self, work: F) -> Result<Result<T, StoreError>, StoreThreadGone>
    where
        T: Send + 'static,
        F: FnOnce(&dyn ShareStore) -> Result<T, StoreError> + Send + 'static,
    {
        let (answer, answered) = tokio::sync::oneshot::channel();
        self.jobs
            .send(Box::new(move |store| {
                let result = work(store);
                Box::new(move |batch_failure: Option<&StoreError>| {
                    let result = match batch_failure {
                        None => result,
                        Some(failure) => Err(StoreError::BatchFailed(failure.to_string())),
                    };
                    let _ = answer.send(result);
                })
            }))
            .map_err(|_| StoreThreadGone)?;
        answered.await.map_err(|_| StoreThreadGone)
    }
}

fn serve_queue(store: &dyn ShareStore, queue: &mpsc::Receiver<Job>) {
    while let Ok(first) = queue.recv() {
        let mut jobs = vec![first];
        jobs.extend(queue.try_iter().take(MAX_BATCH - 1));
        let mut deliveries = Vec::with_capacity(jobs.len());
        let committed = store.batch(&mut || {
            for job in jobs.drain(..) {
                // A panicking call drops its answer channel, so its caller gets an error;
                // the thread lives on for everyone else.
                if let Ok(delivery) = std::panic::catch_unwind(AssertUnwindSafe(|| job(store))) {
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

impl std::fmt::Debug for StoreThread {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoreThread")
    }
}
