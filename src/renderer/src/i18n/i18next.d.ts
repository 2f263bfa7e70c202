import 'i18next'
import type { Messages } from './resources'

// English is the source of the key types (house style B8): a missing or misspelt key is a
// compile error in every `t(...)` call.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Messages }
  }
}
