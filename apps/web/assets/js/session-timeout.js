// The GOV.UK "warn before signing out" pattern for signed-in pages (the dialog is in layouts/base.njk).
// Without JavaScript nothing here runs: the session simply ends after the idle timeout and the next
// page the user opens is the sign-in page, saying why.
//
// Tabs share one expiry time through localStorage, so a tab left open does not warn, or sign the
// user out, while they are busy in another tab that keeps the session alive.

const STORAGE_KEY = 'pc-session-expires-at'
// Screen readers hear the countdown this often, not every second.
const ANNOUNCE_EVERY_MS = 20000

const dialog = document.getElementById('session-timeout')
if (dialog && typeof dialog.showModal === 'function') watch(dialog)

function watch (dialog) {
  const idleMs = Number(dialog.dataset.idleSeconds) * 1000
  const warningMs = Number(dialog.dataset.warningSeconds) * 1000
  const stayButton = dialog.querySelector('[data-stay-signed-in]')
  const visibleTime = dialog.querySelector('[data-countdown]')
  const audibleMessage = dialog.querySelector('[data-announcement]')
  const csrfToken = dialog.querySelector('input[name="_csrf"]').value

  // This page's own request has just renewed the session.
  let expiresAt = share(Date.now() + idleMs)
  let announcedAt = 0
  let extending = false
  // A clock check each second rather than a single timer: timers stall while a laptop sleeps.
  const clock = window.setInterval(tick, 1000)

  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) tick()
  })
  stayButton.addEventListener('click', staySignedIn)
  // Escape means "not now, I'm still here", as in the GOV.UK pattern.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault()
    staySignedIn()
  })

  function tick () {
    expiresAt = Math.max(expiresAt, shared())
    const left = expiresAt - Date.now()
    if (left <= 0) return timedOut()
    if (left > warningMs) {
      if (dialog.open) dialog.close()
      return
    }
    const opening = !dialog.open
    const words = timeLeft(left)
    visibleTime.textContent = words
    if (opening || Date.now() - announcedAt >= ANNOUNCE_EVERY_MS) {
      audibleMessage.textContent = `For your security, we will sign you out in ${words}.`
      announcedAt = Date.now()
    }
    if (opening) {
      dialog.showModal()
      // Focus on the dialog itself, so a screen reader reads its heading and message first.
      dialog.focus()
    }
  }

  async function staySignedIn () {
    if (extending) return
    extending = true
    try {
      const response = await fetch(dialog.dataset.keepAliveUrl, {
        method: 'POST',
        credentials: 'same-origin',
        body: new URLSearchParams({ _csrf: csrfToken }),
        // The server answers 204; a redirect means the session had already ended.
        redirect: 'manual'
      })
      if (response.status !== 204) return timedOut()
      expiresAt = share(Date.now() + idleMs)
      dialog.close()
    } catch {
      // Offline for a moment: the dialog stays, so the user can try again before the time is up.
    } finally {
      extending = false
    }
  }

  function timedOut () {
    window.clearInterval(clock)
    window.location.assign(dialog.dataset.timedOutUrl)
  }
}

/** Publishes a new expiry time to the other tabs; answers it. */
function share (expiresAt) {
  try {
    window.localStorage.setItem(STORAGE_KEY, String(expiresAt))
  } catch {
    // Storage can be turned off; each tab then keeps its own time.
  }
  return expiresAt
}

function shared () {
  try {
    return Number(window.localStorage.getItem(STORAGE_KEY)) || 0
  } catch {
    return 0
  }
}

/** "2 minutes" while a minute or more is left (rounded up), then the seconds. */
function timeLeft (ms) {
  const seconds = Math.ceil(ms / 1000)
  if (seconds >= 60) {
    const minutes = Math.ceil(seconds / 60)
    return `${minutes} minute${minutes === 1 ? '' : 's'}`
  }
  return `${seconds} second${seconds === 1 ? '' : 's'}`
}
