/**
 * The date and time printed on the summary, as "YYYY-MM-DD HH:MM" in local time: unambiguous for US and EU readers.
 * The caller passes the moment in, so the summary itself never reads a clock.
 */
const twoDigits = (n: number) => String(n).padStart(2, '0');

export function formatPreparedAt(preparedAt: Date | string): string {
  const date = typeof preparedAt === 'string' ? new Date(preparedAt) : preparedAt;
  return (
    `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())} ` +
    `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`
  );
}
