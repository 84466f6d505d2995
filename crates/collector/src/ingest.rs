//! Group commit. Every accepted report goes to one writer task through a
//! bounded queue. The writer takes whatever has queued up (up to a batch
//! limit), adds it all in one transaction, and answers each report only
//! after that transaction has committed. Under light load a batch is one
//! report and nothing waits; under heavy load the reports that arrive while
//! one batch commits share the next, so one commit serves many.

use std::sync::Arc;

use ciberescudo_report::Report;
use time::OffsetDateTime;
use tokio::sync::{mpsc, oneshot};

use crate::store::{Outcome, Store, StoreError};

#[derive(Debug, Clone, Copy)]
pub struct IngestSettings {
    /// Reports waiting for the writer before new ones are turned away (503).
    pub queue: usize,
    /// The most reports one transaction adds.
    pub max_batch: usize,
}

impl Default for IngestSettings {
    fn default() -> Self {
        IngestSettings { queue: 20_000, max_batch: 1_000 }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("too many reports are waiting to be written")]
    Busy,
    #[error("the reports could not be written: {0}")]
    Store(Arc<StoreError>),
    #[error("the writer has stopped")]
    Stopped,
}

struct Job {
    report: Report,
    answer: oneshot::Sender<Result<Outcome, Arc<StoreError>>>,
}

#[derive(Clone)]
pub struct Ingestor {
    jobs: mpsc::Sender<Job>,
}

impl Ingestor {
    /// Starts the writer task on the current Tokio runtime.
    pub fn start(store: Store, settings: IngestSettings) -> Ingestor {
        let (jobs, queue) = mpsc::channel(settings.queue.max(1));
        tokio::spawn(write_batches(store, queue, settings.max_batch.max(1)));
        Ingestor { jobs }
    }

    /// Queues a report and waits until it is committed (or refused).
    pub async fn submit(&self, report: Report) -> Result<Outcome, IngestError> {
        let (answer, answered) = oneshot::channel();
        self.jobs.try_send(Job { report, answer }).map_err(|e| match e {
            mpsc::error::TrySendError::Full(_) => IngestError::Busy,
            mpsc::error::TrySendError::Closed(_) => IngestError::Stopped,
        })?;
        answered.await.map_err(|_| IngestError::Stopped)?.map_err(IngestError::Store)
    }
}

async fn write_batches(store: Store, mut queue: mpsc::Receiver<Job>, max_batch: usize) {
    let mut batch = Vec::with_capacity(max_batch);
    while queue.recv_many(&mut batch, max_batch).await > 0 {
        let (reports, answers): (Vec<Report>, Vec<_>) = batch.drain(..).map(|job| (job.report, job.answer)).unzip();
        let size = reports.len();
        match store.ingest(reports, OffsetDateTime::now_utc().date()).await {
            Ok(outcomes) => {
                for (answer, outcome) in answers.into_iter().zip(outcomes) {
                    // A client that gave up no longer listens; its report is counted all the same.
                    let _ = answer.send(Ok(outcome));
                }
            }
            Err(error) => {
                // Nothing of the batch was committed: every sender gets a
                // 5xx and retries with the same key.
                tracing::error!(%error, size, "a batch of reports could not be written");
                let error = Arc::new(error);
                for answer in answers {
                    let _ = answer.send(Err(error.clone()));
                }
            }
        }
    }
}
