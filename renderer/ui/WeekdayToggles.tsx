import { weekdayLabels, weekdays, type Weekday } from '../../src/api/intake';

/** A toggle per day of the week; the days chosen come back in week order, however they were ticked. */
export function WeekdayToggles({ chosen, onChange }: { chosen: readonly Weekday[]; onChange: (days: Weekday[]) => void }) {
  return (
    <div className="day-toggles">
      {weekdays.map((day) => (
        <label key={day} className="day-toggle">
          <input
            type="checkbox"
            checked={chosen.includes(day)}
            onChange={(e) => onChange(weekdays.filter((d) => (d === day ? e.target.checked : chosen.includes(d))))}
          />
          <span>{weekdayLabels[day]}</span>
        </label>
      ))}
    </div>
  );
}
