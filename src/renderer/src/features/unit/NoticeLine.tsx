/** A short message after an action: an error (announced at once) or plain information. */
export type Notice = { readonly kind: 'info' | 'error'; readonly text: string }

export const infoNotice = (text: string): Notice => ({ kind: 'info', text })
export const errorNotice = (text: string): Notice => ({ kind: 'error', text })

export function NoticeLine({ notice }: { readonly notice: Notice | null }) {
  if (notice === null) return null
  return notice.kind === 'error' ? (
    <p className="field-message" role="alert">
      {notice.text}
    </p>
  ) : (
    <p className="info-message" role="status">
      {notice.text}
    </p>
  )
}
