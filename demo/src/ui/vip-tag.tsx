export function VipTag() {
  return <span className="vip-tag">VIP</span>;
}
