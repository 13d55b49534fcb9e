//! Running one operation over many items, as bulk work needs it: a bounded number at a
//! time, the first alone, nothing new after an authentication failure or a stop, and the
//! outcomes as a stream in the order they finish.
//!
//! The runner is generic over the operation, so deleting, binding, tagging or granting
//! many at once share its policy. It spawns its own tasks (it needs a tokio runtime) and
//! every call goes through the same [`Client`], so one pacer paces them all.

use std::any::Any;
use std::future::Future;
use std::num::NonZeroUsize;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use futures_util::{FutureExt, Stream};
use tokio::sync::mpsc;
use tokio::time::Instant;

use crate::client::Client;
use crate::error::Error;
use crate::response::Response;

#[cfg(test)]
mod tests;

/// How one item of a bulk run ended.
#[derive(Debug)]
#[non_exhaustive]
pub struct BulkOutcome<K, T> {
    /// The item the operation ran for.
    pub item: K,
    /// What the operation returned.
    pub result: Result<Response<T>, Error>,
    /// How long the operation took, every attempt and wait included.
    pub elapsed: Duration,
}

impl<K, T> BulkOutcome<K, T> {
    /// How many attempts the call made, when it got as far as sending.
    pub fn attempts(&self) -> Option<u32> {
        match &self.result {
            Ok(response) => Some(response.attempts()),
            Err(error) => error.attempts(),
        }
    }
}

/// Why a bulk run stopped before every item was started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Stopped {
    /// [`BulkStop::stop`] was called.
    ByRequest,
    /// A call failed to authenticate ([`Error::is_auth`]). DLI's gateway locks an access
    /// key for five minutes after five failures in a row, so nothing new is started.
    AuthFailed,
}

/// The state the workers and the stream share.
#[derive(Debug)]
struct Shared<K> {
    items: Mutex<std::vec::IntoIter<K>>,
    total: usize,
    started: AtomicUsize,
    /// Set by [`BulkStop::stop`], by a worker that finds the stream gone, or by a panic:
    /// nothing new starts.
    stopped: Arc<AtomicBool>,
    auth_failed: AtomicBool,
}

impl<K> Shared<K> {
    /// The next item to start, unless the run is stopping.
    fn next(&self) -> Option<K> {
        if self.stopped.load(Ordering::SeqCst) || self.auth_failed.load(Ordering::SeqCst) {
            return None;
        }
        let item = self
            .items
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .next()?;
        self.started.fetch_add(1, Ordering::Relaxed);
        Some(item)
    }
}

/// Stops a bulk run: nothing new starts; the calls under way finish and their outcomes
/// still arrive. Cheap to clone; made by [`Bulk::stopper`].
#[derive(Debug, Clone)]
pub struct BulkStop {
    stopped: Arc<AtomicBool>,
}

impl BulkStop {
    /// Starts nothing new.
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::SeqCst);
    }
}

/// What a worker hands the stream: an outcome, or the panic of an operation.
type Delivery<K, T> = Result<BulkOutcome<K, T>, Box<dyn Any + Send>>;

/// A bulk run under way: a [`Stream`] of [`BulkOutcome`]s in the order the calls finish,
/// made by [`Client::bulk`]. It ends when every started call has finished.
///
/// Dropping it stops the run: nothing new starts, as a worker whose outcome finds the
/// stream gone takes no next item. A panic in the operation is not hidden:
/// it resumes in whoever polls the stream, and nothing new starts after it.
#[must_use = "a bulk run's outcomes are only seen by polling it"]
pub struct Bulk<K, T> {
    outcomes: mpsc::Receiver<Delivery<K, T>>,
    shared: Arc<Shared<K>>,
    stop: BulkStop,
}

impl<K, T> std::fmt::Debug for Bulk<K, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bulk")
            .field("total", &self.shared.total)
            .field("started", &self.shared.started.load(Ordering::Relaxed))
            .field("stopped", &self.stopped())
            .finish_non_exhaustive()
    }
}

impl<K, T> Bulk<K, T> {
    /// A handle that stops the run from elsewhere (a Ctrl-C handler, for example).
    pub fn stopper(&self) -> BulkStop {
        self.stop.clone()
    }

    /// How many items were given.
    pub fn total(&self) -> usize {
        self.shared.total
    }

    /// How many items have not been started, and, once the stream has ended, never will be.
    pub fn not_started(&self) -> usize {
        self.shared.total - self.shared.started.load(Ordering::Relaxed)
    }

    /// Why the run stopped starting new calls, if it did: an authentication failure is
    /// told before a stop asked for.
    pub fn stopped(&self) -> Option<Stopped> {
        if self.shared.auth_failed.load(Ordering::SeqCst) {
            Some(Stopped::AuthFailed)
        } else if self.shared.stopped.load(Ordering::SeqCst) {
            Some(Stopped::ByRequest)
        } else {
            None
        }
    }
}

impl<K, T> Stream for Bulk<K, T> {
    type Item = BulkOutcome<K, T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        match self.outcomes.poll_recv(cx) {
            Poll::Ready(Some(Ok(outcome))) => Poll::Ready(Some(outcome)),
            Poll::Ready(Some(Err(panic))) => std::panic::resume_unwind(panic),
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl Client {
    /// Runs `operation` for every item, at most `concurrency` calls at a time, and streams
    /// each outcome as its call finishes.
    ///
    /// - The first call goes alone: with a wrong key it is the only failed authentication
    ///   the gateway counts.
    /// - After any call fails to authenticate ([`Error::is_auth`]), nothing new starts: the
    ///   gateway locks a key after five failures in a row.
    /// - [`BulkStop::stop`] (see [`Bulk::stopper`]) starts nothing new and lets the calls
    ///   under way finish.
    /// - Each free worker takes the next item at once; the stream holds back no more than
    ///   `concurrency` finished outcomes, so a slow reader slows the calls instead of
    ///   filling memory.
    ///
    /// Every call uses this client's retries, time limits and pacer; a client built with
    /// [`RateLimit::Adaptive`](crate::RateLimit) keeps the whole run under the gateway's
    /// limit.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let (fake, client) = dli_tests::examples::client().await?;
    /// # let mut ids = Vec::new();
    /// # for name in ["a", "b", "c"] {
    /// #     let new = dli_client::types::CreateEnhancedConnectionRequest::builder().name(name)
    /// #         .dest_vpc_id("vpc").dest_network_id("subnet");
    /// #     ids.push(client.create_connection(new).await?.connection_id.ok_or("no id")?);
    /// # }
    /// use futures_util::StreamExt;
    /// use std::num::NonZeroUsize;
    ///
    /// let concurrency = NonZeroUsize::new(32).expect("non-zero");
    /// let mut run = client.bulk(ids, concurrency, |client, id| async move {
    ///     client.delete_connection(id).await
    /// });
    /// while let Some(done) = run.next().await {
    ///     match &done.result {
    ///         Ok(_) => println!("{} deleted", done.item),
    ///         Err(error) => println!("{} failed: {error}", done.item),
    ///     }
    /// }
    /// println!("{} not started", run.not_started());
    /// # assert_eq!(client.connections().status("DELETED").collect().await?.len(), 3);
    /// # Ok(())
    /// # }
    /// ```
    pub fn bulk<K, T, F, Fut>(
        &self,
        items: impl IntoIterator<Item = K>,
        concurrency: NonZeroUsize,
        operation: F,
    ) -> Bulk<K, T>
    where
        K: Clone + Send + 'static,
        T: Send + 'static,
        F: Fn(Client, K) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Response<T>, Error>> + Send + 'static,
    {
        let items: Vec<K> = items.into_iter().collect();
        let shared = Arc::new(Shared {
            total: items.len(),
            items: Mutex::new(items.into_iter()),
            started: AtomicUsize::new(0),
            stopped: Arc::new(AtomicBool::new(false)),
            auth_failed: AtomicBool::new(false),
        });
        let stop = BulkStop {
            stopped: Arc::clone(&shared.stopped),
        };
        let (sender, outcomes) = mpsc::channel(concurrency.get());
        let worker = Worker {
            client: self.clone(),
            shared: Arc::clone(&shared),
            operation: Arc::new(operation),
            outcomes: sender,
        };
        tokio::spawn(async move {
            // The first call alone; then the other workers join this one.
            if !worker.work(1).await {
                return;
            }
            for _ in 1..concurrency.get() {
                let other = worker.clone();
                tokio::spawn(async move { other.work(usize::MAX).await });
            }
            worker.work(usize::MAX).await;
        });
        Bulk {
            outcomes,
            shared,
            stop,
        }
    }
}

/// One of the run's workers: takes the next item as soon as its call ends.
struct Worker<K, T, F> {
    client: Client,
    shared: Arc<Shared<K>>,
    operation: Arc<F>,
    outcomes: mpsc::Sender<Delivery<K, T>>,
}

impl<K, T, F> Clone for Worker<K, T, F> {
    fn clone(&self) -> Self {
        Self {
            client: self.client.clone(),
            shared: Arc::clone(&self.shared),
            operation: Arc::clone(&self.operation),
            outcomes: self.outcomes.clone(),
        }
    }
}

impl<K, T, F, Fut> Worker<K, T, F>
where
    K: Clone + Send + 'static,
    T: Send + 'static,
    F: Fn(Client, K) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Response<T>, Error>> + Send + 'static,
{
    /// Runs up to `most` items, one after the other; whether the run may go on.
    async fn work(&self, most: usize) -> bool {
        for _ in 0..most {
            let Some(item) = self.shared.next() else {
                return false;
            };
            let started = Instant::now();
            let call = (self.operation)(self.client.clone(), item.clone());
            let delivery = match AssertUnwindSafe(call).catch_unwind().await {
                Ok(result) => {
                    if result.as_ref().is_err_and(Error::is_auth) {
                        self.shared.auth_failed.store(true, Ordering::SeqCst);
                    }
                    Ok(BulkOutcome {
                        item,
                        result,
                        elapsed: started.elapsed(),
                    })
                }
                Err(panic) => {
                    self.shared.stopped.store(true, Ordering::SeqCst);
                    Err(panic)
                }
            };
            if self.outcomes.send(delivery).await.is_err() {
                // The stream is gone: nobody wants more.
                self.shared.stopped.store(true, Ordering::SeqCst);
                return false;
            }
        }
        true
    }
}
