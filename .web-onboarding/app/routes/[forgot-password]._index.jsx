import LucideCalendarCheck from "lucide-react/dist/esm/icons/calendar-check.mjs"
import LucideInfo from "lucide-react/dist/esm/icons/info.mjs"
import {Callout as RadixThemesCallout,Card as RadixThemesCard,Flex as RadixThemesFlex,Heading as RadixThemesHeading,Link as RadixThemesLink,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {Fragment,useEffect,useRef} from "react"
import {refs} from "$/utils/state"
import {Bare_comp_322c0e085f8aff13e67edb2199f9c5af_bfb9288a,Button_button_b0c984cc23296b2e4a256f72cdc954dd_bfb9288a,Cond_comp_f2dc7145001ba7e4b009687222509ab4_bfb9288a,Form_root_aafdba8b187432eb40c1053197627f73_bfb9288a} from "$/app_components/myecoach/pages/passwords"
import {Link as ReactRouterLink} from "react-router"
import {jsx} from "@emotion/react"





function Component() {
const ref_email = useRef(null); refs["ref_email"] = ref_email;

  return (
    jsx(Fragment,{},jsx("main",{css:({ ["display"] : "flex", ["justifyContent"] : "center", ["alignItems"] : "center", ["minHeight"] : "100vh", ["padding"] : "1rem", ["background"] : "var(--gray-2)" })},jsx(RadixThemesCard,{css:({ ["width"] : "100%", ["maxWidth"] : "26rem" }),size:"4"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"3"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"3"},jsx(LucideCalendarCheck,{size:28},),jsx(RadixThemesText,{as:"p",size:"7",weight:"bold"},"myecoach")),jsx(RadixThemesText,{as:"p",color:"gray"},"Arrange and keep track of your coaching sessions."),jsx(RadixThemesHeading,{as:"h1",css:({ ["marginTop"] : "0.5rem" }),size:"5"},"Forgot your password?"),jsx(RadixThemesText,{as:"p",size:"2"},"Enter the e-mail you sign in with. A link to set a new password will be made for it."),jsx(Form_root_aafdba8b187432eb40c1053197627f73_bfb9288a,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx("label",{className:"field-label",htmlFor:"email"},"Email"),jsx(RadixThemesTextField.Root,{css:({ ["width"] : "100%" }),id:"email",name:"email",ref:ref_email,required:true,size:"3",type:"email"},),jsx(Button_button_b0c984cc23296b2e4a256f72cdc954dd_bfb9288a,{},"Ask for a new password"))),jsx(Fragment,{},jsx(Cond_comp_f2dc7145001ba7e4b009687222509ab4_bfb9288a,{},jsx(Fragment,{},jsx(RadixThemesCallout.Root,{css:({ ["icon"] : "info", ["width"] : "100%" }),role:"status"},jsx(RadixThemesCallout.Icon,{},jsx(LucideInfo,{},)),jsx(RadixThemesCallout.Text,{},jsx(Bare_comp_322c0e085f8aff13e67edb2199f9c5af_bfb9288a,{},)))),jsx(Fragment,{},))),jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),size:"2"},jsx(ReactRouterLink,{to:"/sign-in"},"Back to sign in"))))),jsx("title",{},"Forgot your password? \u00b7 myecoach"),jsx("meta",{content:"favicon.ico",property:"og:image"},))
  )
}
Component.displayName = "Component(forgot-password)";

export default Component;
