import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { z } from 'zod'
import { App } from './App'
import { initialiseI18n } from './i18n/i18n'
import './styles.css'
import './print.css'

// The CSP forbids eval; zod must not even probe for it (a probe logs a CSP violation).
z.config({ jitless: true })
initialiseI18n()

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
